package id.pantau.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.dedup.DuplicateIndex;
import id.pantau.events.Event;
import id.pantau.events.EventCoder;
import id.pantau.events.EventJson;
import id.pantau.events.EventMerger;
import id.pantau.events.MergeRegions;
import id.pantau.framing.ActorLabel;
import id.pantau.framing.LabelReader;
import id.pantau.model.RawDocument;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        SparkOutputs.clearOutput(hadoop, out);
        List<Rejected> rejections = new ArrayList<>();
        List<FileToRead> files = SparkInputs.listFiles(inputs, hadoop, rejections);
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
        JavaRDD<Object> latest = sc.parallelize(SparkInputs.indexed(files), Math.max(1, Math.min(files.size(), slices)))
                .flatMap(f -> SparkInputs.readFile(f._1(), f._2()))
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
        long nDocs = SparkOutputs.write(spark, stored, out);
        long nLabels = SparkOutputs.writeLines(coded.flatMap(c -> c._2().iterator()), out + "/labels.jsonl");
        SparkOutputs.writeEvents(spark, events, merged, out);
        // the coder that coded the events: pantau import keeps them when its own coder is the same
        SparkOutputs.writeText(hadoop, out + "/run.json", List.of("{\"coder\": \"" + id.pantau.events.CoderVersion.get() + "\"}"));
        SparkOutputs.writeRejections(sc, rejections, out);
        long dupes = duplicateOf.size();
        prepared.unpersist();
        stored.unpersist();
        coded.unpersist();
        return new Summary(nDocs, dupes, rejections.size(), events.size(), merged.size(), nLabels, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Merges events across documents window by window and region by region, in parallel: consecutive event days
     * further apart than {@link EventMerger#WINDOW_DAYS} cut the events into windows, and {@link MergeRegions} cuts a
     * window into regions (cells further apart than the merge distance), neither of which the merger ever bridges,
     * so each part merges on its own with the result one merge of all events gives. Only the days and the cells
     * holding events come to the driver, never the events. Events without a date or a place stay alone, as the
     * merger leaves them.
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
        // the cells of each window, joined into regions on the driver
        Map<Integer, List<Long>> cellsOfWindow = new HashMap<>();
        for (Tuple2<Integer, Long> wc : eventJson.flatMap(j -> {
                    Event e = EventJson.read(j);
                    Integer win = e.eventDate() == null ? null : windowB.value().get(e.eventDate());
                    Long cell = MergeRegions.cellOf(e);
                    return win == null || cell == null ? java.util.Collections.<Tuple2<Integer, Long>>emptyIterator()
                            : List.of(new Tuple2<>(win, cell)).iterator();
                }).distinct().collect()) {
            cellsOfWindow.computeIfAbsent(wc._1(), k -> new ArrayList<>()).add(wc._2());
        }
        Map<String, Integer> region = new HashMap<>();
        cellsOfWindow.forEach((win, cells) -> MergeRegions.regions(cells).forEach((cell, r) -> region.put(win + ":" + cell, r)));
        Broadcast<Map<String, Integer>> regionB = sc.broadcast(region);
        List<Event> merged = new ArrayList<>(eventJson
                .mapToPair(j -> {
                    Event e = EventJson.read(j);
                    Integer win = e.eventDate() == null ? null : windowB.value().get(e.eventDate());
                    Long cell = MergeRegions.cellOf(e);
                    String key = win == null || cell == null ? "alone:" + e.eventId() : "w" + win + "r" + regionB.value().get(win + ":" + cell);
                    return new Tuple2<>(key, j);
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
        Set<Long> involved = new HashSet<>(keys.groupByKey().filter(g -> moreThanOne(g._2()))
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

    private static boolean moreThanOne(Iterable<Long> it) {
        var i = it.iterator();
        if (i.hasNext()) {
            i.next();
        }
        return i.hasNext();
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

}
