package id.pantau.ingest;

import id.pantau.model.Origin;
import id.pantau.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Expands what the user named (files, directories, http(s) feed URLs) into readers, picking
 * each file's reader by its name, or by sniffing its first bytes when the name says nothing.
 * Every failure becomes a {@link Rejection}; nothing here stops the run.
 */
public final class InputDispatcher {
    private final ReadLimits limits;
    private final PlainTextReader text = new PlainTextReader();
    private final HtmlFileReader html = new HtmlFileReader();
    private final JsonLinesReader jsonl = new JsonLinesReader();
    private final WarcFileReader warc = new WarcFileReader();
    private final FeedReader feeds;

    private java.util.function.LongConsumer onRead;

    /** Told how many bytes of the input files were read (the files as stored, before decompression). */
    public InputDispatcher onRead(java.util.function.LongConsumer bytes) {
        this.onRead = bytes;
        return this;
    }

    /** The total size of the local files among the inputs (URLs count nothing): the work a progress bar measures. */
    public static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (input.startsWith("http://") || input.startsWith("https://")) {
                continue;
            }
            Path p = Path.of(input);
            try {
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                } else if (Files.isDirectory(p)) {
                    try (var walk = Files.walk(p)) {
                        total += walk.filter(Files::isRegularFile).mapToLong(f -> {
                            try {
                                return Files.size(f);
                            } catch (IOException e) {
                                return 0;
                            }
                        }).sum();
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // unreadable: the read itself reports it
            }
        }
        return total;
    }

    public InputDispatcher(ReadLimits limits, PoliteFetcher fetcher) {
        this.limits = limits;
        this.feeds = new FeedReader(fetcher);
    }

    /** Reads every input in order, sending documents and rejections to {@code sink}. */
    public void read(List<String> inputs, DocumentSink sink) {
        for (String input : inputs) {
            if (input.startsWith("http://") || input.startsWith("https://")) {
                readUrl(input, sink);
                continue;
            }
            Path p = Path.of(input);
            if (!Files.exists(p)) {
                sink.reject(new Rejection(new Origin(input, "input", ""), "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                readDirectory(p, sink);
            } else if (!Files.isRegularFile(p)) {
                sink.reject(new Rejection(new Origin(input, "input", ""),
                        "not a regular file (a device, FIFO or socket never ends; save the data to a file first)"));
            } else if (!Files.isReadable(p)) {
                sink.reject(new Rejection(new Origin(input, "input", ""), "not readable (check the file's permissions)"));
            } else {
                readFile(new FileInput(p.getParent() == null ? Path.of(".") : p.getParent(), p, onRead), sink);
            }
        }
    }

    private void readUrl(String input, DocumentSink sink) {
        try {
            feeds.readUrl(URI.create(input), sink);
        } catch (InputException e) {
            sink.reject(new Rejection(new Origin(input, FeedReader.NAME, ""), e.getMessage()));
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(new Origin(input, FeedReader.NAME, ""), "malformed URL: " + e.getMessage()));
        }
    }

    private void readDirectory(Path dir, DocumentSink sink) {
        // every readable file, in name order; an unreadable sub-folder or file is rejected on its own and its
        // neighbours are still read; symbolic links are not followed (no loops)
        java.util.List<Path> files = new java.util.ArrayList<>();
        try {
            Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                    return !d.equals(dir) && d.getFileName().toString().startsWith(".") ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                            : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                    if (a.isRegularFile() && !f.getFileName().toString().startsWith(".")) {
                        files.add(f);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                    sink.reject(new Rejection(new Origin(f.toString(), "input", ""), "cannot read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + "; the rest of " + dir + " is read"));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            sink.reject(new Rejection(new Origin(dir.toString(), "input", ""), "cannot list directory: " + e.getMessage()));
        }
        files.stream().sorted().forEach(f -> readFile(new FileInput(dir, f, onRead), sink));
    }

    /** Dispatches one file to its reader. */
    public void readFile(FileInput in, DocumentSink sink) {
        String kind = kindOf(in);
        Origin origin = new Origin(in.display(), kind, "");
        try {
            switch (kind) {
                case PlainTextReader.NAME -> sink.accept(text.read(in, limits));
                case HtmlFileReader.NAME -> sink.accept(html.read(in, limits));
                case JsonLinesReader.NAME -> jsonl.read(in, limits, sink);
                case WarcFileReader.NAME -> warc.read(in, limits, sink);
                case FeedReader.NAME -> feeds.readFile(in, limits, sink);
                default -> sink.reject(new Rejection(origin, kind));
            }
        } catch (InputException e) {
            sink.reject(new Rejection(origin, e.getMessage()));
        } catch (IngestStopped stop) {
            throw stop;
        } catch (RuntimeException e) {
            sink.reject(new Rejection(origin, "unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    private static final java.util.Set<String> NOT_NEWS = java.util.Set.of("csv", "tsv", "md", "pdf", "doc", "docx",
            "xls", "xlsx", "png", "jpg", "jpeg", "gif", "webp", "svg", "zip", "tar", "7z", "exe", "jar", "class",
            "js", "css", "py", "java", "mp3", "mp4", "ico", "woff", "woff2", "ttf", "db", "sqlite");

    static String kindOf(FileInput in) {
        String name = in.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".warc") || name.endsWith(".arc")) {
            return WarcFileReader.NAME;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JsonLinesReader.NAME;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HtmlFileReader.NAME;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
            return FeedReader.NAME;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return PlainTextReader.NAME;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && NOT_NEWS.contains(name.substring(dot + 1))) {
            return "not a news input format (." + name.substring(dot + 1)
                    + "); Pantau reads text, HTML, JSON Lines, WARC and RSS/Atom";
        }
        return sniff(in);
    }

    private static String sniff(FileInput in) {
        byte[] head;
        try (InputStream s = new FileInput(in.root(), in.file()).open()) { // a peek: not counted as progress
            head = s.readNBytes(2048);
        } catch (IOException e) {
            return "cannot read: " + e.getMessage();
        }
        if (head.length == 0) {
            return "empty input";
        }
        if (TextDecoder.looksBinary(head)) {
            return "binary file of an unknown kind (expected text, HTML, JSON Lines, WARC or RSS)";
        }
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("warc/")) {
            return WarcFileReader.NAME;
        }
        if (s.startsWith("{")) {
            return JsonLinesReader.NAME;
        }
        if (s.startsWith("<?xml") && (s.contains("<rss") || s.contains("<feed"))) {
            return FeedReader.NAME;
        }
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.contains("<body")) {
            return HtmlFileReader.NAME;
        }
        return PlainTextReader.NAME;
    }
}
