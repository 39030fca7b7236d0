package id.pantau.clean;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.model.Origin;
import id.pantau.model.RawDocument;
import id.pantau.pipeline.Cleaned;
import id.pantau.pipeline.DocumentCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every input under {@code src/test/resources/clean/golden/} (text or HTML, written
 * for these tests with typical clutter) must clean to exactly its {@code .expected} file, which
 * holds the title on the first line and the body below. Set -Dpantau.golden.update=true to rewrite.
 */
class CleaningGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/clean/golden");

    static Stream<Path> inputs() throws IOException {
        return Files.list(DIR).filter(p -> !p.toString().endsWith(".expected")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void cleansToTheGoldenFile(Path input) throws IOException {
        String content = Files.readString(input, StandardCharsets.UTF_8);
        Origin origin = new Origin(input.toString(), "test", "");
        String name = input.getFileName().toString();
        RawDocument raw = name.endsWith(".html") ? RawDocument.ofHtml(name, content, origin) : RawDocument.ofText(name, content, origin);
        Cleaned c = DocumentCleaner.standard().clean(raw);
        String actual = (c.title() == null ? "" : c.title()) + "\n" + c.text() + "\n";
        Path expected = Path.of(input + ".expected");
        if (Boolean.getBoolean("pantau.golden.update") || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
