package id.pantau.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.events.Event;
import id.pantau.events.EventJson;
import id.pantau.spark.Records.Doc;
import id.pantau.spark.Records.Rejected;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** The writing end of the Spark job: documents, events, labels and rejections, on any Hadoop filesystem. */
final class SparkOutputs {
    /** Thread-safe once configured; one per executor JVM. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SparkOutputs() {
    }

    /** The fields of {@code pantau docs export}, as JSON. */
    static String documentJson(ObjectMapper json, Doc d) throws IOException {
        id.pantau.model.Origin origin = new id.pantau.model.Origin(d.originInput(), d.reader(), d.originLocator());
        Map<String, Object> row = id.pantau.store.StoredDocument.exportRow(new id.pantau.model.CleanDocument(d.docId(), d.source(), d.url(),
                d.title(), d.published(), d.language(), d.text(), d.hash(), d.duplicateOf(), origin), d.similarity());
        // for pantau import: what the store keeps beside the fields of docs export
        row.put("origin_input", d.originInput());
        row.put("origin_reader", d.reader());
        row.put("origin_locator", d.originLocator());
        row.put("raw_hash", d.rawHash());
        row.put("base_text", d.baseText().equals(d.text()) ? null : d.baseText());
        return json.writeValueAsString(row);
    }

    /** Documents as Parquet and JSON Lines, written by the executors; returns how many. */
    static long write(SparkSession spark, JavaRDD<Doc> docs, String out) {
        JavaRDD<String> lines = docs.map(d -> documentJson(MAPPER, d));
        lines.saveAsTextFile(out + "/documents.jsonl");
        spark.read().json(out + "/documents.jsonl").write().mode("overwrite").parquet(out + "/documents");
        return docs.count();
    }

    static long writeLines(JavaRDD<String> lines, String path) {
        lines.saveAsTextFile(path);
        return lines.count();
    }

    static void writeEvents(SparkSession spark, List<Event> events, List<Event> merged, String out) {
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

    static void writeRejections(JavaSparkContext sc, List<Rejected> rejections, String out) {
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
