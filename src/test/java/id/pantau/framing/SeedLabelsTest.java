package id.pantau.framing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cli.PantauCli;
import id.pantau.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lens on the five seed articles against the labels marked by hand in {@code seed-labels.tsv}: precision and
 * recall of (article, actor, label) over the floors in {@code quality/floors.json}. Each seed is ingested as an
 * outlet of its own, the way a user gives plain-text files their outlet (a --dates CSV with a source column).
 * Skipped, saying so, when ../shared is absent.
 */
class SeedLabelsTest {
    private static final Path SHARED = Path.of(System.getProperty("pantau.shared", "../shared"));
    @TempDir
    Path tmp;

    @Test
    void seedLabelsMeetTheirFloors() throws Exception {
        Path seeds = SHARED.resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " not found (../shared is absent)");
        Set<List<String>> gold = new HashSet<>();
        StringBuilder csv = new StringBuilder("doc_id,published,source\n");
        for (String line : Files.readAllLines(Path.of("src/test/resources/id/pantau/framing/seed-labels.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] c = line.split("\t");
                gold.add(List.of(c[0], c[1], c[2]));
            }
        }
        try (var files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                csv.append(f.getFileName()).append(",,seed-").append(f.getFileName().toString(), 0, 3).append('\n');
            }
        }
        Path meta = tmp.resolve("outlets.csv");
        Files.writeString(meta, csv);
        Path data = tmp.resolve("data");
        int code = PantauCli.execute(new String[] {"ingest", "--data", data.toString(), "--dates", meta.toString(), seeds.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        Set<List<String>> found = new HashSet<>();
        try (Store store = Store.open(data)) {
            store.forEachLabel(null, null, null, null, l -> found.add(List.of(l.docId(), l.label().actor(), l.label().label())));
            assertThat(store.sources()).containsKeys("seed-000", "seed-004");
        }
        Set<List<String>> hit = new HashSet<>(found);
        hit.retainAll(gold);
        double precision = (double) hit.size() / found.size(), recall = (double) hit.size() / gold.size();
        Set<List<String>> missed = new HashSet<>(gold);
        missed.removeAll(found);
        Set<List<String>> extra = new HashSet<>(found);
        extra.removeAll(gold);
        System.out.printf("seed labels: precision %.3f (%d/%d), recall %.3f (%d/%d); missed %s; extra %s%n", precision, hit.size(),
                found.size(), recall, hit.size(), gold.size(), missed, extra);
        var floors = new ObjectMapper().readTree(Path.of("quality/floors.json").toFile());
        assertThat(precision).as("precision; extra: %s", extra).isGreaterThanOrEqualTo(floors.get("seed_labels_precision").asDouble());
        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(floors.get("seed_labels_recall").asDouble());
    }
}
