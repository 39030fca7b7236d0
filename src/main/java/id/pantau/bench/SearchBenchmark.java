package id.pantau.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.model.CleanDocument;
import id.pantau.model.Origin;
import id.pantau.search.DocumentIndex;
import id.pantau.search.SearchRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Search latency: indexes a JSON Lines corpus (and, optionally, a synthetic index of N documents
 * made by repeating it), then times 100 typical queries (with and without filters) and prints
 * p50/p95/max in milliseconds. Each query runs once to warm up and is then timed.
 */
public final class SearchBenchmark {
    /** Typical analyst queries over Indonesian conflict news. */
    static final List<String> QUERIES = List.of("bom", "bom bunuh diri", "teroris", "ISIS", "Suriah", "serangan udara",
            "Papua", "KKB", "Densus 88", "penembakan", "pengungsi", "Rohingya", "Marawi", "Kampung Melayu", "polisi tewas",
            "kontak tembak", "Aleppo", "Mosul", "Irak", "Afghanistan", "Taliban", "demonstrasi", "unjuk rasa", "kerusuhan",
            "penangkapan terduga teroris", "JAD", "Poso", "Santoso", "Abu Sayyaf", "Filipina", "Myanmar", "Rakhine",
            "Gaza", "Israel", "Palestina", "Yaman", "Houthi", "Somalia", "Nigeria", "Boko Haram", "korban jiwa",
            "luka-luka", "ledakan", "granat", "senjata api", "TNI", "Brimob", "OPM", "separatis", "tentara", "militer",
            "pemberontak", "milisi", "gencatan senjata", "perdamaian", "sandera", "penculikan", "\"bom panci\"",
            "\"serangan teror\"", "Jakarta bom", "Surabaya gereja", "Thamrin", "Sarinah", "Bali", "Turki", "Rusia",
            "Amerika Serikat", "Iran", "Hizbullah", "Damaskus", "Idlib", "Raqqa", "Kurdi", "SDF", "Baghdad", "Kabul",
            "Pakistan", "India Kashmir", "Mindanao", "Sulu", "Ambon", "Maluku", "Aceh", "GAM", "Wamena", "Nduga",
            "Timika", "Freeport", "Intan Jaya", "Puncak", "Yahukimo", "Pegunungan Bintang", "Kiwirok", "penyerangan",
            "pembunuhan", "pembakaran", "mortir", "roket", "rudal", "drone");

    public void run(Path corpus, long synthetic, PrintWriter out) throws IOException {
        List<CleanDocument> docs = read(corpus);
        out.printf("corpus: %,d documents from %s%n", docs.size(), corpus);
        Path dir = Files.createTempDirectory("pantau-search-bench");
        try {
            measure("corpus", docs, docs.size(), dir.resolve("a"), out);
            if (synthetic > 0) {
                measure("synthetic", docs, synthetic, dir.resolve("b"), out);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void measure(String label, List<CleanDocument> docs, long n, Path dir, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            for (long i = 0; i < n; i++) {
                CleanDocument d = docs.get((int) (i % docs.size()));
                if (i >= docs.size()) {
                    d = new CleanDocument(d.docId() + "#" + (i / docs.size()), d.source(), d.url(), d.title(), d.published(),
                            d.language(), d.text(), d.contentHash(), null, d.origin());
                }
                index.addForBenchmark(d);
                if (i > 0 && i % 200_000 == 0) {
                    out.printf("  %s: %,d documents indexed (%.0f s)%n", label, i, (System.nanoTime() - t0) / 1e9);
                    out.flush();
                }
            }
            index.commit();
            double build = (System.nanoTime() - t0) / 1e9;
            long bytes;
            try (Stream<Path> files = Files.walk(dir)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            out.printf("%s: %,d documents indexed in %.1f s (%,.0f docs/s), index %,d MB%n", label, n, build, n / build, bytes >> 20);
            time(label + " text", index, false, out);
            time(label + " text+filters", index, true, out);
        }
    }

    private static void time(String label, DocumentIndex index, boolean filters, PrintWriter out) {
        double[] ms = new double[QUERIES.size()];
        long hits = 0;
        for (int i = 0; i < QUERIES.size(); i++) {
            SearchRequest r = filters ? new SearchRequest(QUERIES.get(i), null, "id", "2016-01-01", "2018-12-31", null, 0, 10)
                    : new SearchRequest(QUERIES.get(i), null, null, null, null, null, 0, 10);
            index.search(r); // warm-up
            long t = System.nanoTime();
            hits += index.search(r).total();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("  %-26s %d queries: p50 %.1f ms, p95 %.1f ms, max %.1f ms (mean hits %,d)%n", label, ms.length,
                ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1], hits / ms.length);
        out.flush();
    }

    private static List<CleanDocument> read(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<CleanDocument> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                out.add(new CleanDocument(n.path("id").asText(), n.path("source").asText(null), n.path("url").asText(null),
                        n.path("title").asText(null), n.path("date").asText(null), "id", n.path("text").asText(""), "",
                        null, new Origin(corpus.toString(), "jsonl", "")));
            }
        }
        return out;
    }
}
