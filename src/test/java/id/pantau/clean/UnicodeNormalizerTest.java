package id.pantau.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnicodeNormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  Pasukan   Suriah  '|Pasukan Suriah",
        "Desa\u00a0Qara|Desa Qara",
        "zero\u200bwidth|zerowidth",
        "soft\u00adhyphen|softhyphen",
        "tab\there|tab here",
        "Cafe\u0301|Café",
        "bom\u2009waktu|bom waktu",
    })
    void normalizes(String in, String expected) {
        assertThat(UnicodeNormalizer.normalize(in)).isEqualTo(expected);
    }

    @Test
    void dropsParagraphsThatBecomeEmpty() {
        Draft d = new UnicodeNormalizer().apply(new Draft(null, List.of("a", "\u200b", "  ", "b"), null));
        assertThat(d.paragraphs()).containsExactly("a", "b");
    }

    @Test
    void capsStacksOfCombiningMarksAtThree() {
        String zalgo = "Poso" + "a" + "\u0301\u0300\u0302\u0303".repeat(50_000) + " baru";
        String out = UnicodeNormalizer.normalize(zalgo);
        // NFC composes a + U+0301 into one letter; two of the first three marks stay combining
        assertThat(out).isEqualTo("Poso\u00e1\u0300\u0302 baru");
        assertThat(UnicodeNormalizer.normalize("Vie\u0323\u0302t")).isEqualTo("Vi\u1ec7t");
    }
}
