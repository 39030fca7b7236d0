package id.pantau.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.bench.TokenF1;
import id.pantau.model.Origin;
import id.pantau.model.RawDocument;
import id.pantau.pipeline.Cleaned;
import id.pantau.pipeline.DocumentCleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Cleaning quality on the shared dev gold (../shared), checked against the floors in
 * {@code quality/floors.json}. Skipped, saying so, when ../shared is absent.
 */
class SharedQualityTest {
    private static final Path SHARED = Path.of(System.getProperty("pantau.shared", "../shared"));

    private static JsonNode floors() throws Exception {
        return new ObjectMapper().readTree(Path.of("quality/floors.json").toFile());
    }

    @Test
    void seedCleaningMeetsItsFloor() throws Exception {
        Path gold = SHARED.resolve("gold/dev/clean");
        Assumptions.assumeTrue(Files.isDirectory(gold), "skipped: " + gold + " not found (../shared is absent)");
        DocumentCleaner cleaner = DocumentCleaner.standard();
        List<Double> f1 = new ArrayList<>();
        try (var files = Files.list(gold)) {
            for (Path g : files.sorted().toList()) {
                Path seed = SHARED.resolve("seeds").resolve(g.getFileName());
                Cleaned c = cleaner.clean(RawDocument.ofText(g.getFileName().toString(), Files.readString(seed),
                        new Origin(seed.toString(), "text", "")));
                f1.add(TokenF1.f1(Files.readString(g), (c.title() == null ? "" : c.title()) + "\n" + c.text()));
            }
        }
        double mean = f1.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        assertThat(mean).isGreaterThanOrEqualTo(floors().get("seeds_clean_f1").asDouble());
    }
}
