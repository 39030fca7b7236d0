package id.pantau.events;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.nlp.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The figures of one sentence and what each counts: one reading pattern per row of casualties-table.tsv. */
class CasualtyReaderTest {
    private final CasualtyReader reader = new CasualtyReader(EventLexicon.standard());

    static Stream<Arguments> table() throws IOException {
        try (InputStream in = CasualtyReaderTest.class.getResourceAsStream("/events/casualties-table.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1].equals("-") ? List.of() : List.of(f[1].split(" "))))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void readsEachFigureByItsRole(String sentence, List<String> expected) {
        List<String> got = reader.read("t", sentence, new Span(0, sentence.length(), sentence), null).stream()
                .map(c -> c.kind() + "=" + c.value()).toList();
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    }
}
