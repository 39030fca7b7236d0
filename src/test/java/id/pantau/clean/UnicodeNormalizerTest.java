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
}
