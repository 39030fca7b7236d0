package id.pantau.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.ingest.InputDispatcher;
import id.pantau.ingest.PoliteFetcher;
import id.pantau.ingest.ReadLimits;
import id.pantau.model.Rejection;
import id.pantau.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input FuzzTest once broke, kept under src/test/resources/fuzz/ with its expected outcome (expected.tsv). */
class FuzzRegressionTest {
    static final Path DIR = Path.of("src/test/resources/fuzz");

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() throws Exception {
        return Files.readAllLines(DIR.resolve("expected.tsv")).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")).map(f -> Arguments.of(f[0], f[1], f[2]));
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("cases")
    void finishesInSecondsWithTheExpectedOutcome(String file, String outcome, String detail) {
        List<Rejection> rejected = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Store store = Store.open(tmp.resolve("data"))) {
            new Ingestor(store, new InputDispatcher(ReadLimits.DEFAULT, new PoliteFetcher(PoliteFetcher.Settings.DEFAULT)),
                    DocumentCleaner.standard(), Map.of(), rejected::add, () -> { }).run(List.of(DIR.resolve(file).toString()));
            if (outcome.equals("stored")) {
                assertThat(store.get(detail)).as("%s stored as %s; rejections %s", file, detail, rejected).isPresent();
            } else {
                assertThat(rejected).extracting(Rejection::reason).anySatisfy(r -> assertThat(r).contains(detail));
            }
        }
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(20);
    }
}
