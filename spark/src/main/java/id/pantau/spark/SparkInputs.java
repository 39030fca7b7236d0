package id.pantau.spark;

import id.pantau.ingest.DocumentSink;
import id.pantau.ingest.FileInput;
import id.pantau.ingest.InputDispatcher;
import id.pantau.ingest.PoliteFetcher;
import id.pantau.ingest.ReadLimits;
import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;
import id.pantau.spark.Records.FileToRead;
import id.pantau.spark.Records.Raw;
import id.pantau.spark.Records.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import scala.Tuple2;

/**
 * The reading end of the Spark job: the files of the inputs listed in the order {@code pantau ingest} reads them, and
 * each file read by the core's readers and streamed to the job.
 */
final class SparkInputs {
    private SparkInputs() {
    }

    static List<Tuple2<Integer, FileToRead>> indexed(List<FileToRead> files) {
        List<Tuple2<Integer, FileToRead>> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            out.add(new Tuple2<>(i, files.get(i)));
        }
        return out;
    }

    /**
     * The files of each input, in the order {@code pantau ingest} reads them: inputs as given, a directory's
     * files by path (hidden files and folders skipped). Any Hadoop filesystem URI or local path; globs expand.
     */
    static List<FileToRead> listFiles(List<String> inputs, Configuration conf, List<Rejected> rejections) {
        List<FileToRead> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            try {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    rejections.add(new Rejected(input, "input", "", "no such file or directory"));
                    continue;
                }
                for (FileStatus m : matches) {
                    if (m.isDirectory()) {
                        List<String> found = new ArrayList<>();
                        walk(fs, m.getPath(), found);
                        found.sort(Comparator.naturalOrder());
                        String base = matches.length == 1 ? input.replaceAll("/+$", "") : m.getPath().toString();
                        for (String f : found) {
                            String rel = m.getPath().toUri().relativize(new org.apache.hadoop.fs.Path(f).toUri()).getPath();
                            out.add(new FileToRead(i, m.getPath().toString(), f, base + "/" + rel));
                        }
                    } else {
                        out.add(new FileToRead(i, m.getPath().getParent().toString(), m.getPath().toString(),
                                matches.length == 1 ? input : m.getPath().toString()));
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                rejections.add(new Rejected(input, "input", "", "cannot list: " + e.getMessage()));
            }
        }
        return out;
    }

    private static void walk(FileSystem fs, org.apache.hadoop.fs.Path dir, List<String> found) throws IOException {
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (s.isDirectory()) {
                walk(fs, s.getPath(), found);
            } else {
                found.add(s.getPath().toString());
            }
        }
    }

    /**
     * Reads one file with the core's readers: it is copied to a local folder under its path relative to its root, so ids
     * match. The reader runs on its own thread and hands documents over through a small queue, so a file of a million
     * lines streams through the task instead of filling its memory.
     */
    static Iterator<Object> readFile(int index, FileToRead f) throws IOException {
        Path local = Files.createTempDirectory("pantau-spark-read");
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(256);
        Object end = new Object();
        Throwable[] failed = {null};
        Thread reader = new Thread(() -> {
            try {
                org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(f.root());
                org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(f.file());
                String rel = root.toUri().relativize(file.toUri()).getPath();
                if (rel.isEmpty() || rel.startsWith("/")) {
                    rel = file.getName();
                }
                Path copy = local.resolve(rel);
                Files.createDirectories(copy.getParent());
                try (InputStream in = file.getFileSystem(new Configuration()).open(file)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                String shown = f.shown();
                long[] n = {0};
                DocumentSink sink = new DocumentSink() {
                    @Override
                    public void accept(RawDocument d) {
                        RawDocument named = new RawDocument(d.docId(), d.source(), d.url(), d.title(), d.published(), d.text(), d.html(),
                                new id.pantau.model.Origin(shown, d.origin().reader(), d.origin().locator()));
                        put(queue, Raw.of(((long) index << 32) | n[0]++, named));
                    }

                    @Override
                    public void reject(Rejection r) {
                        put(queue, new Rejected(shown, r.origin().reader(), r.origin().locator(), r.reason()));
                    }
                };
                new InputDispatcher(ReadLimits.DEFAULT, new PoliteFetcher(PoliteFetcher.Settings.DEFAULT))
                        .readFile(new FileInput(local, copy), sink);
            } catch (Throwable t) {
                failed[0] = t;
            } finally {
                put(queue, end);
            }
        }, "pantau-read-" + index);
        reader.setDaemon(true);
        reader.start();
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while reading " + f.shown(), e);
                    }
                }
                if (next == end) {
                    deleteQuietly(local);
                    if (failed[0] != null) {
                        throw new IllegalStateException("cannot read " + f.shown() + ": " + failed[0], failed[0]);
                    }
                    return false;
                }
                return true;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Object o = next;
                next = null;
                return o;
            }
        };
    }

    private static void put(java.util.concurrent.BlockingQueue<Object> queue, Object o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
