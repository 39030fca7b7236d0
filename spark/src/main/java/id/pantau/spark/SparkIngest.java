package id.pantau.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.dedup.DuplicateIndex;
import id.pantau.events.Event;
import id.pantau.events.EventCoder;
import id.pantau.events.EventJson;
import id.pantau.events.EventMerger;
import id.pantau.framing.ActorLabel;
import id.pantau.framing.LabelReader;
import id.pantau.ingest.DocumentSink;
import id.pantau.ingest.FileInput;
import id.pantau.ingest.InputDispatcher;
import id.pantau.ingest.PoliteFetcher;
import id.pantau.ingest.ReadLimits;
import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;
import id.pantau.nlp.PublicationDate;
import id.pantau.pipeline.DocumentCleaner;
import id.pantau.pipeline.DocumentPreparer;
import id.pantau.pipeline.Hashes;
import id.pantau.pipeline.Ingestor;
import id.pantau.pipeline.SourceBoilerplateLearner;
import id.pantau.spark.Records.Doc;
import id.pantau.spark.Records.FileToRead;
import id.pantau.spark.Records.Raw;
import id.pantau.spark.Records.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * {@code pantau ingest} as a Spark job: the same stage classes, the same decisions. Files are listed on the driver
 * in the order {@code pantau ingest} reads them and read by the core's readers on the executors; every document is
 * prepared by {@link DocumentPreparer} (clean, fingerprint, language); near-duplicates are found with the core's
 * LSH bands in a distributed bucketing, and only the documents that share a bucket are decided on the driver, in
 * input order, by {@link DuplicateIndex} itself; each outlet's recurring lines are counted across the cluster and
 * removed by {@link SourceBoilerplateLearner}'s rule; events and actor labels are coded per partition by
 * {@link EventCoder} and {@link LabelReader}; events are merged across documents by {@link EventMerger}. Bad
 * inputs and documents go to a rejections dataset with the reason; the job never fails on them.
 *
 * <p>Outputs under {@code out}: {@code documents/} and {@code events/} (Parquet), {@code documents.jsonl/}
 * (JSON Lines part files, the fields of {@code pantau docs export}), {@code events.jsonl} (one event per
 * article, as {@code pantau events export --no-merge}), {@code events-merged.jsonl}, {@code labels.jsonl},
 * {@code rejections.jsonl}.
 */
public final class SparkIngest {
    /** Thread-safe once configured; one per executor JVM. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SparkIngest() {
    }

    /** What a run did. */
    public record Summary(long documents, long duplicates, long rejected, long events, long mergedEvents, long labels, double seconds) {
        public double docsPerSecond() {
            return seconds == 0 ? 0 : documents / seconds;
        }
    }

    public static Summary run(SparkSession spark, List<String> inputs, String out, int partitions) {
        return run(spark, inputs, out, partitions, id.pantau.ingest.DocumentMeta.NONE);
    }

    /** With publication dates and outlets given by id ({@code --dates CSV}), applied as {@code pantau ingest} applies them. */
    public static Summary run(SparkSession spark, List<String> inputs, String out, int partitions, id.pantau.ingest.DocumentMeta meta) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        clearOutput(hadoop, out);
        List<Rejected> rejections = new ArrayList<>();
        List<FileToRead> files = listFiles(inputs, hadoop, rejections);
        // at least the partitions asked for, and one per 8 MB of input, so a partition's documents stay small
        long bytes = 0;
        for (FileToRead f : files) {
            try {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(f.file());
                bytes += p.getFileSystem(hadoop).getFileStatus(p).getLen();
            } catch (IOException e) {
                // unreadable here: the reader will reject it with the reason
            }
        }
        int slices = (int) Math.max(Math.max(1, partitions), Math.min(10_000, bytes / (8L << 20)));

        // read: each file by the core's reader for its kind; documents keep their place in input order. A document id
        // read twice: the later reading is what the store keeps (an update). The shuffle that decides it also spreads
        // one big file over the partitions; rejections pass through it under keys of their own.
        JavaRDD<Object> latest = sc.parallelize(indexed(files), Math.max(1, Math.min(files.size(), slices)))
                .flatMap(f -> readFile(f._1(), f._2()))
                .mapToPair(o -> new Tuple2<>(o instanceof Raw r && r.docId() != null ? "d" + r.docId()
                        : o instanceof Raw r ? "n" + r.seq() : "r" + System.identityHashCode(o) + ":" + o, o))
                .reduceByKey((a, b) -> a instanceof Raw x && b instanceof Raw y ? (x.seq() > y.seq() ? x : y) : a, slices)
                .values();

        // prepare: clean, fingerprint, language (pure, per partition)
        Broadcast<id.pantau.ingest.DocumentMeta> metaB = sc.broadcast(meta);
        JavaRDD<Object> prepared = latest.mapPartitions(it -> prepare(it, metaB.value()));
        prepared.persist(org.apache.spark.storage.StorageLevel.DISK_ONLY()); // texts go to local disk, not the heap
        rejections.addAll(prepared.filter(o -> o instanceof Rejected).map(o -> (Rejected) o).collect());
        JavaRDD<Doc> docs = prepared.filter(o -> o instanceof Doc).map(o -> (Doc) o);

        // near-duplicates: bucket by content hash and LSH band, decide the few that share a bucket on the driver
        Map<String, Object[]> duplicateOf = duplicates(docs);
        Broadcast<Map<String, Object[]>> dupB = sc.broadcast(duplicateOf);
        JavaRDD<Doc> decided = docs.map(d -> {
            Object[] m = dupB.value().get(d.docId());
            return m == null ? d : d.withDuplicate((String) m[0], (Double) m[1]);
        });

        // learned boilerplate: lines that recur in many original documents of one outlet
        Map<String, Set<String>> learned = learnedLines(decided);
        Broadcast<Map<String, Set<String>>> learnedB = sc.broadcast(learned);
        JavaRDD<Doc> stored = decided.map(d -> {
            Set<String> lines = d.source() == null ? null : learnedB.value().get(d.source());
            if (lines == null) {
                return d;
            }
            String text = SourceBoilerplateLearner.strip(d.baseText(), lines).text();
            return text.equals(d.text()) ? d : d.withText(text, Hashes.contentHash(text));
        });
        stored.persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());

        // events and labels, per partition with one coder each
        JavaRDD<Tuple2<List<String>, List<String>>> coded = stored.mapPartitions(SparkIngest::code);
        coded.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<String> eventJson = coded.flatMap(c -> c._1().iterator());
        List<Event> events = new ArrayList<>();
        for (String json : eventJson.collect()) {
            events.add(EventJson.read(json));
        }
        events.sort(Comparator.comparing((Event e) -> e.eventDate() == null ? "" : e.eventDate()).thenComparing(Event::eventId));
        List<Event> merged = mergeByWindow(sc, eventJson);

        // outputs
        long nDocs = write(spark, stored, out);
        long nLabels = writeLines(coded.flatMap(c -> c._2().iterator()), out + "/labels.jsonl");
        writeEvents(spark, events, merged, out);
        // the coder that coded the events: pantau import keeps them when its own coder is the same
        writeText(hadoop, out + "/run.json", List.of("{\"coder\": \"" + id.pantau.events.CoderVersion.get() + "\"}"));
        writeRejections(sc, rejections, out);
        long dupes = duplicateOf.size();
        prepared.unpersist();
        stored.unpersist();
        coded.unpersist();
        return new Summary(nDocs, dupes, rejections.size(), events.size(), merged.size(), nLabels, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Merges events across documents window by window, in parallel: consecutive event days further apart than
     * {@link EventMerger#WINDOW_DAYS} cut the events into windows that the merger never bridges, so each window merges
     * on its own with the result one merge of all events gives. Events without a date stay alone, as the merger leaves them.
     */
    static List<Event> mergeByWindow(JavaSparkContext sc, JavaRDD<String> eventJson) {
        List<String> days = new ArrayList<>(eventJson.map(j -> String.valueOf(EventJson.read(j).eventDate())).distinct().collect());
        days.remove("null");
        days.sort(null);
        Map<String, Integer> window = new HashMap<>();
        int w = 0;
        java.time.LocalDate prev = null;
        for (String d : days) {
            java.time.LocalDate day = java.time.LocalDate.parse(d);
            if (prev != null && day.toEpochDay() - prev.toEpochDay() > EventMerger.WINDOW_DAYS) {
                w++;
            }
            window.put(d, w);
            prev = day;
        }
        Broadcast<Map<String, Integer>> windowB = sc.broadcast(window);
        List<Event> merged = new ArrayList<>(eventJson
                .mapToPair(j -> {
                    Event e = EventJson.read(j);
                    Integer win = e.eventDate() == null ? null : windowB.value().get(e.eventDate());
                    return new Tuple2<>(win == null ? "undated:" + e.eventId() : "w" + win, j);
                })
                .groupByKey()
                .flatMap(g -> {
                    List<Event> in = new ArrayList<>();
                    g._2().forEach(j -> in.add(EventJson.read(j)));
                    return new EventMerger().merge(in).stream().map(EventJson::write).iterator();
                })
                .collect().stream().map(EventJson::read).toList());
        merged.sort(Comparator.comparing((Event e) -> e.eventDate() == null ? "" : e.eventDate()).thenComparing(Event::eventId));
        return merged;
    }

    private static List<Tuple2<Integer, FileToRead>> indexed(List<FileToRead> files) {
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

    /** Prepares a partition lazily, one document at a time (a partition's texts are never all in memory at once). */
    private static Iterator<Object> prepare(Iterator<Object> read, id.pantau.ingest.DocumentMeta meta) {
        DocumentPreparer preparer = new DocumentPreparer(DocumentCleaner.standard());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return read.hasNext();
            }

            @Override
            public Object next() {
                Object o = read.next();
                if (o instanceof Rejected) {
                    return o;
                }
                Raw r = (Raw) o;
                RawDocument d = r.document();
                String unfit = Ingestor.unfit(d);
                if (unfit != null) {
                    return new Rejected(r.originInput(), r.originReader(), r.originLocator(), unfit);
                }
                String published = meta.published().get(d.docId()), outlet = meta.sources().get(d.docId());
                d = published == null ? d : d.withPublished(published);
                d = outlet == null ? d : d.withSource(outlet);
                DocumentPreparer.Prepared p = preparer.prepare(d);
                if (p.rejection() != null) {
                    return Rejected.of(p.rejection());
                }
                var c = p.cleaned();
                return new Doc(r.seq(), d.docId(), c.source(), c.url(), c.title(), c.published(), p.language(), c.text(), c.text(),
                        p.hash(), p.signature(), null, null, r.originInput(), r.originReader(), r.originLocator(),
                        Hashes.sha256(d.text(), d.html(), d.title(), d.published(), d.source(), d.url()));
            }
        };
    }

    /** doc id -> {original id, similarity} for every duplicate, decided exactly as one sequential ingest decides. */
    static Map<String, Object[]> duplicates(JavaRDD<Doc> docs) {
        JavaPairRDD<String, Long> keys = docs.flatMapToPair(d -> {
            List<Tuple2<String, Long>> k = new ArrayList<>();
            k.add(new Tuple2<>("h" + d.hash(), d.seq()));
            long[] bands = DuplicateIndex.bandKeys(d.signature());
            for (int b = 0; b < bands.length; b++) {
                k.add(new Tuple2<>("b" + b + ":" + bands[b], d.seq()));
            }
            return k.iterator();
        });
        // a document shares a bucket with another: only those can be duplicates or originals of one
        Set<Long> involved = new HashSet<>(keys.groupByKey().filter(g -> g._2().iterator().hasNext() && count(g._2()) > 1)
                .flatMap(g -> g._2().iterator()).distinct().collect());
        List<Doc> candidates = new ArrayList<>(docs.filter(d -> involved.contains(d.seq()))
                .map(d -> new Doc(d.seq(), d.docId(), null, null, null, null, null, null, null, d.hash(), d.signature(), null, null, null,
                        null, null, null))
                .collect());
        candidates.sort(Comparator.comparingLong(Doc::seq));
        DuplicateIndex index = new DuplicateIndex(DuplicateIndex.DEFAULT_THRESHOLD);
        Map<String, Object[]> out = new HashMap<>();
        for (Doc d : candidates) {
            var m = index.find(d.docId(), d.hash(), d.signature());
            if (m.isPresent()) {
                out.put(d.docId(), new Object[] {m.get().originalId(), m.get().similarity()});
            } else {
                index.add(d.docId(), d.hash(), d.signature());
            }
        }
        return out;
    }

    private static int count(Iterable<Long> it) {
        int n = 0;
        for (Long ignored : it) {
            if (++n > 1) {
                break;
            }
        }
        return n;
    }

    /** Per outlet, the lines learned as boilerplate (counted over original documents, by the learner's thresholds). */
    static Map<String, Set<String>> learnedLines(JavaRDD<Doc> docs) {
        JavaRDD<Doc> originals = docs.filter(d -> d.duplicateOf() == null && d.source() != null);
        Map<String, Long> perSource = originals.mapToPair(d -> new Tuple2<>(d.source(), 1L)).reduceByKey(Long::sum).collectAsMap();
        Map<String, Integer> min = new HashMap<>();
        perSource.forEach((s, n) -> {
            int m = SourceBoilerplateLearner.minDocs(n);
            if (m > 0) {
                min.put(s, m);
            }
        });
        if (min.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> out = new HashMap<>();
        originals.filter(d -> min.containsKey(d.source()))
                .flatMapToPair(d -> SourceBoilerplateLearner.lineKeys(d.baseText()).stream()
                        .map(k -> new Tuple2<>(new Tuple2<>(d.source(), k), 1)).iterator())
                .reduceByKey(Integer::sum)
                .filter(t -> t._2() >= min.get(t._1()._1()))
                .keys().collect()
                .forEach(t -> out.computeIfAbsent(t._1(), k -> new HashSet<>()).add(t._2()));
        return out;
    }

    /** Codes a partition lazily: each document's events and labels as JSON lines. */
    private static Iterator<Tuple2<List<String>, List<String>>> code(Iterator<Doc> docs) {
        EventCoder coder = EventCoder.standard();
        LabelReader labels = LabelReader.standard();
        ObjectMapper json = new ObjectMapper();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return docs.hasNext();
            }

            @Override
            public Tuple2<List<String>, List<String>> next() {
                Doc d = docs.next();
                List<String> events = new ArrayList<>();
                for (Event e : coder.code(d.docId(), d.text(), PublicationDate.resolve(d.published(), d.url()))) {
                    events.add(EventJson.write(e));
                }
                List<String> ls = new ArrayList<>();
                for (ActorLabel l : labels.read(d.text())) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("doc_id", d.docId());
                    m.put("start", l.start());
                    m.put("end", l.end());
                    m.put("actor", l.actor());
                    m.put("label", l.label());
                    m.put("stance", l.stance().label());
                    m.put("surface", l.surface());
                    m.put("mention", l.mention());
                    m.put("how", l.how());
                    m.put("context", l.context());
                    try {
                        ls.add(json.writeValueAsString(m));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return new Tuple2<>(events, ls);
            }
        };
    }

    /** The fields of {@code pantau docs export}, as JSON. */
    static String documentJson(ObjectMapper json, Doc d) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("doc_id", d.docId());
        row.put("source", d.source());
        row.put("url", d.url());
        row.put("title", d.title());
        row.put("published", d.published());
        row.put("language", d.language());
        row.put("text", d.text());
        row.put("duplicate_of", d.duplicateOf());
        row.put("similarity", d.similarity());
        row.put("origin", new id.pantau.model.Origin(d.originInput(), d.reader(), d.originLocator()).describe());
        // for pantau import: what the store keeps beside the fields of docs export
        row.put("origin_input", d.originInput());
        row.put("origin_reader", d.reader());
        row.put("origin_locator", d.originLocator());
        row.put("raw_hash", d.rawHash());
        row.put("base_text", d.baseText().equals(d.text()) ? null : d.baseText());
        return json.writeValueAsString(row);
    }

    /** Documents as Parquet and JSON Lines, written by the executors; returns how many. */
    private static long write(SparkSession spark, JavaRDD<Doc> docs, String out) {
        JavaRDD<String> lines = docs.map(d -> documentJson(MAPPER, d));
        lines.saveAsTextFile(out + "/documents.jsonl");
        spark.read().json(out + "/documents.jsonl").write().mode("overwrite").parquet(out + "/documents");
        return docs.count();
    }

    private static long writeLines(JavaRDD<String> lines, String path) {
        lines.saveAsTextFile(path);
        return lines.count();
    }

    private static void writeEvents(SparkSession spark, List<Event> events, List<Event> merged, String out) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> doc = events.stream().map(EventJson::write).toList();
        writeText(conf, out + "/events.jsonl", doc);
        writeText(conf, out + "/events-merged.jsonl", merged.stream().map(EventJson::write).toList());
        if (!doc.isEmpty()) {
            spark.read().json(spark.createDataset(doc, org.apache.spark.sql.Encoders.STRING())).write().mode("overwrite")
                    .parquet(out + "/events");
        }
    }

    /** Writes lines to a file on any Hadoop filesystem (a local path, hdfs://, s3a://). */
    static void writeText(Configuration conf, String path, List<String> lines) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        try (var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(p.getFileSystem(conf).create(p, true), StandardCharsets.UTF_8))) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Removes an earlier run's output folder, on any Hadoop filesystem. */
    static void clearOutput(Configuration conf, String out) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out);
        try {
            p.getFileSystem(conf).delete(p, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    private static void writeRejections(JavaSparkContext sc, List<Rejected> rejections, String out) {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Rejected r : rejections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", r.input());
            m.put("reader", r.reader());
            m.put("locator", r.locator());
            m.put("reason", r.reason());
            try {
                lines.add(json.writeValueAsString(m));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        writeText(sc.hadoopConfiguration(), out + "/rejections.jsonl", lines);
    }
}
