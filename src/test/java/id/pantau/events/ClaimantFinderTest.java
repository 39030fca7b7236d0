package id.pantau.events;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.actors.ActorDictionary;
import id.pantau.nlp.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Who a sentence attributes its figures to: one attribution pattern per row of claimants-table.tsv. */
class ClaimantFinderTest {
    private static final ActorDictionary DICTIONARY = ActorDictionary.standard();
    private final ClaimantFinder finder = new ClaimantFinder();

    static Stream<Arguments> table() throws IOException {
        try (InputStream in = ClaimantFinderTest.class.getResourceAsStream("/events/claimants-table.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1].equals("-") ? null : f[1]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void findsTheSourceOfTheSentence(String sentence, String expected) {
        assertThat(finder.attributed(sentence, new Span(0, sentence.length(), sentence), DICTIONARY.claimants(sentence)))
                .isEqualTo(expected);
    }

    @Test
    void aSurnameNamesTheSourceMetEarlier() {
        String text = "Mustafa Bali, juru bicara SDF, menyebut operasi itu berhasil. SDF menahan 40 militan, kata Bali.";
        int at = text.indexOf("SDF menahan");
        Span second = new Span(at, text.length(), text.substring(at));
        assertThat(finder.of(text, second, DICTIONARY.claimants(text))).isEqualTo("SDF (Mustafa Bali)");
    }

    @Test
    void aBareMentionIsNotAnAttributionButAQuoteContinuesOne() {
        String s = "Dua polisi dan seorang dokter terluka.";
        assertThat(finder.attributed(s, new Span(0, s.length(), s), DICTIONARY.claimants(s))).isNull();
        assertThat(finder.continuesQuote("\"Mereka menyerang pos kami,\" katanya.")).isTrue();
        assertThat(finder.continuesQuote("Mereka menyerang pos kami pada malam hari.")).isFalse();
    }

    @Test
    void aShortNameTakesItsLongestEarlierTelling() {
        String text = "Kadiv Humas Polri Irjen Boy Rafli Amar menyebut sembilan orang ditangkap. \"Mereka bergerak ke DPR,\" kata Boy di Jakarta. "
                + "Dua di antaranya ditangkap di Bekasi, kata Boy.";
        int at = text.indexOf("Dua di antaranya");
        Span third = new Span(at, text.length(), text.substring(at));
        assertThat(finder.of(text, third, DICTIONARY.claimants(text))).contains("Kadiv Humas Polri Irjen Boy Rafli Amar");
        String minister = "Menteri Dalam Negeri Turki Suleyman Soylu mengatakan operasi berlanjut. Lebih dari 1.000 orang ditahan, kata Soylu.";
        int m = minister.indexOf("Lebih dari");
        assertThat(finder.of(minister, new Span(m, minister.length(), minister.substring(m)), DICTIONARY.claimants(minister)))
                .contains("Menteri Dalam Negeri Turki Suleyman Soylu");
    }

    @Test
    void aRankAndSurnameTakeTheLongestEarlierTellingButNeverAShorterOne() {
        String text = "Karo Penmas Divisi Humas Polri Brigjen Ahmad Ramadhan mengatakan penggeledahan berlanjut. "
                + "Sebanyak 12 orang ditangkap di Sigi, kata Brigjen Ramadhan.";
        int at = text.indexOf("Sebanyak");
        assertThat(finder.of(text, new Span(at, text.length(), text.substring(at)), DICTIONARY.claimants(text)))
                .contains("Karo Penmas Divisi Humas Polri Brigjen Ahmad Ramadhan");
        String other = "Warga Desa Sigi melapor ke pos. Sebanyak 3 orang ditahan, kata Kapten Sigi Rahman.";
        int o = other.indexOf("Sebanyak");
        assertThat(finder.of(other, new Span(o, other.length(), other.substring(o)), DICTIONARY.claimants(other)))
                .isEqualTo("Kapten Sigi Rahman");
    }

    @Test
    void aPronounIsNotASourceAndAMenurutIsNotPartOfIt() {
        String s = "Dia mengatakan tiga anggota kelompok itu tewas.";
        assertThat(finder.attributed(s, new Span(0, s.length(), s), DICTIONARY.claimants(s))).isNull();
        assertThat(finder.continuesQuote(s)).isTrue(); // so the speaker named before is the source
    }
}
