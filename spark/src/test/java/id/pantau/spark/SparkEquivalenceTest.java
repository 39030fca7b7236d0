package id.pantau.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cli.PantauCli;
import id.pantau.events.EventJson;
import id.pantau.events.EventMerger;
import id.pantau.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract that keeps the two paths one pipeline: the Spark job on local[2] gives the same documents (text,
 * outlet, language, duplicate_of, similarity, origin) and the same events, per article and merged, as
 * {@code pantau ingest} on the same inputs. Runs from the repository root (surefire's working directory).
 */
class SparkEquivalenceTest {
    static SparkSession spark;
    @TempDir
    static Path tmp;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        spark = SparkCli.session("local[2]", 8);
    }

    @AfterAll
    static void stop() throws Exception {
        if (spark != null) {
            spark.close();
        }
    }

    record Output(Map<String, String> documents, List<String> events, List<String> merged, List<String> rejections) {
    }

    static Output single(List<String> inputs, Path data) {
        List<String> args = new ArrayList<>(List.of("ingest", "--data", data.toString(), "--no-progress"));
        args.addAll(inputs);
        int code = PantauCli.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isIn(0, 3);
        return fromStore(data);
    }

    /** A store's documents, events (per article and merged) and rejections, in a comparable form. */
    static Output fromStore(Path data) {
        Map<String, String> docs = new TreeMap<>();
        List<String> events = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        try (Store store = Store.open(data)) {
            store.forEach(s -> {
                var d = s.document();
                docs.put(d.docId(), String.join("\u0001", String.valueOf(d.source()), String.valueOf(d.url()), String.valueOf(d.title()),
                        String.valueOf(d.published()), String.valueOf(d.language()), d.text(), String.valueOf(d.duplicateOf()),
                        String.valueOf(s.similarity()), d.origin().describe()));
            });
            store.events().forEach(e -> events.add(EventJson.write(e)));
            new EventMerger().merge(store.events()).forEach(e -> merged.add(EventJson.write(e)));
            store.rejections().forEach(r -> rejections.add(r.origin().describe() + ": " + r.reason()));
        }
        events.sort(null);
        merged.sort(null);
        rejections.sort(null);
        return new Output(docs, events, merged, rejections);
    }

    static Output onSpark(List<String> inputs, Path out) throws IOException {
        SparkIngest.run(spark, inputs, out.toString(), 8);
        return read(out);
    }

    /** A Spark run's output, in the comparable form. */
    static Output read(Path out) throws IOException {
        Map<String, String> docs = new TreeMap<>();
        try (Stream<Path> parts = Files.list(out.resolve("documents.jsonl"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    JsonNode d = JSON.readTree(line);
                    docs.put(d.get("doc_id").asText(), String.join("\u0001", text(d, "source"), text(d, "url"), text(d, "title"),
                            text(d, "published"), text(d, "language"), d.get("text").asText(), text(d, "duplicate_of"),
                            text(d, "similarity"), d.get("origin").asText()));
                }
            }
        }
        List<String> events = new ArrayList<>(Files.readAllLines(out.resolve("events.jsonl")));
        List<String> merged = new ArrayList<>(Files.readAllLines(out.resolve("events-merged.jsonl")));
        List<String> rejections = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("rejections.jsonl"))) {
            JsonNode r = JSON.readTree(line);
            String loc = r.get("locator").asText();
            rejections.add((loc.isEmpty() ? r.get("input").asText() : r.get("input").asText() + "#" + loc) + ": " + r.get("reason").asText());
        }
        events.sort(null);
        merged.sort(null);
        rejections.sort(null);
        return new Output(docs, events, merged, rejections);
    }

    private static String text(JsonNode d, String f) {
        JsonNode v = d.get(f);
        return v == null || v.isNull() ? "null" : v.isNumber() ? String.valueOf(v.asDouble()) : v.asText();
    }

    private static void assertSame(Output a, Output b) {
        assertThat(b.documents().keySet()).containsExactlyElementsOf(a.documents().keySet());
        a.documents().forEach((id, fields) -> assertThat(b.documents().get(id)).as(id).isEqualTo(fields));
        assertThat(b.events()).containsExactlyElementsOf(a.events());
        assertThat(b.merged()).containsExactlyElementsOf(a.merged());
        assertThat(b.rejections()).containsExactlyElementsOf(a.rejections());
    }

    @Test
    void theSampleGivesTheSameDocumentsEventsAndRejections() throws IOException {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.write(bad.resolve("rusak.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7});
        Files.writeString(bad.resolve("baris.jsonl"), "{\"id\": \"x1\", \"text\": \"Polisi menangkap dua orang di Poso, Selasa (3/4).\"}\n{\"id\": \n");
        List<String> inputs = List.of("sample/teks", "sample/html", "sample/jsonl", bad.toString());
        List<String> withDates = new ArrayList<>(List.of("--dates", "sample/dates.csv"));
        withDates.addAll(inputs);
        Output core = single(withDates, tmp.resolve("data"));
        SparkIngest.run(spark, inputs, tmp.resolve("out").toString(), 8, id.pantau.ingest.DocumentMeta.read(Path.of("sample/dates.csv")));
        Output onSpark = read(tmp.resolve("out"));
        assertThat(core.documents()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(core.events()).isNotEmpty();
        assertThat(core.rejections()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(core.documents().values()).anySatisfy(d -> assertThat(d).doesNotContain("\u0001null\u0001null\u0001"));
        assertSame(core, onSpark);
        assertThat(Files.isDirectory(tmp.resolve("out/documents"))).as("documents as Parquet").isTrue();
        assertThat(spark.read().parquet(tmp.resolve("out/documents").toString()).count()).isEqualTo(core.documents().size());
        assertThat(spark.read().parquet(tmp.resolve("out/events").toString()).count()).isEqualTo(core.events().size());
    }

    @Test
    void aSliceOfTheCorpusWithDuplicatesAndLearnedBoilerplate() throws IOException {
        Path corpus = Path.of(System.getProperty("pantau.shared", "../shared"), "corpus/id-news.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "skipped: " + corpus + " not found (../shared is absent)");
        Path slice = tmp.resolve("slice/berita.jsonl");
        Files.createDirectories(slice.getParent());
        List<String> lines;
        try (Stream<String> all = Files.lines(corpus)) {
            lines = new ArrayList<>(all.limit(600).toList());
        }
        // syndication: other outlets' exact and lightly edited copies of some articles
        for (int i = 10; i < 400; i += 40) {
            var row = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(lines.get(i));
            row.put("id", row.get("id").asText() + "-salinan");
            if (i % 80 == 10) {
                row.put("text", row.get("text").asText() + "\nBaca juga berita lainnya di kanal kami.");
            }
            lines.add(JSON.writeValueAsString(row));
        }
        Files.write(slice, lines);
        Output core = single(List.of(slice.toString()), tmp.resolve("data-slice"));
        Output onSpark = onSpark(List.of(slice.toString()), tmp.resolve("out-slice"));
        assertThat(core.documents().values()).as("some duplicates").anySatisfy(d -> assertThat(d.split("\u0001")[6]).isNotEqualTo("null"));
        assertSame(core, onSpark);
    }

    @Test
    void pantauImportServesWhatTheClusterComputed() throws IOException {
        List<String> inputs = List.of("sample/teks", "sample/html", "sample/jsonl");
        Output core = single(inputs, tmp.resolve("data-core"));
        SparkIngest.run(spark, inputs, tmp.resolve("out-import").toString(), 4);
        StringWriter out = new StringWriter();
        String data = tmp.resolve("data-imported").toString();
        int code = PantauCli.execute(new String[] {"import", "--data", data, tmp.resolve("out-import").toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("imported " + core.documents().size() + " documents");
        Output imported = fromStore(tmp.resolve("data-imported"));
        assertThat(imported.documents()).isEqualTo(core.documents());
        assertThat(imported.events()).containsExactlyElementsOf(core.events());
        assertThat(imported.merged()).containsExactlyElementsOf(core.merged());
        // importing again replaces, never duplicates; and the store then answers like any other
        assertThat(PantauCli.execute(new String[] {"import", "--data", data, tmp.resolve("out-import").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
        assertThat(fromStore(tmp.resolve("data-imported")).events()).containsExactlyElementsOf(core.events());
        StringWriter framing = new StringWriter();
        assertThat(PantauCli.execute(new String[] {"framing", "--data", data, "--actor", "KKB", "--format", "tsv"}, new PrintWriter(framing),
                new PrintWriter(new StringWriter()))).isZero();
        assertThat(framing.toString()).contains("TPNPB-OPM\tWarta Jakarta\tKKB");
        StringWriter search = new StringWriter();
        assertThat(PantauCli.execute(new String[] {"docs", "list", "--data", data, "--format", "tsv"}, new PrintWriter(search),
                new PrintWriter(new StringWriter()))).isZero();
        assertThat(search.toString()).contains("suara-pegunungan:7731");
    }

    @Test
    void importingSomethingElseSaysWhat() {
        StringWriter err = new StringWriter();
        int code = PantauCli.execute(new String[] {"import", "--data", tmp.resolve("data-x").toString(), "sample"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("not the output of pantau spark ingest");
    }
}
