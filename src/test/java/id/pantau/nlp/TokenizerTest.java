package id.pantau.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    /** text | tokens joined by a space */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "al-Sukhna|al-Sukhna", "Hay'et Tahrir|Hay'et Tahrir", "luka-luka|luka-luka", "1.700 orang|1.700 orang",
        "800.000|800.000", "2,5 juta|2,5 juta", "9/11/2017|9/11/2017", "( 13 / 5 )|( 13 / 5 )", "(13/5)|( 13/5 )",
        "21.00 WIB|21.00 WIB", "“ Pasukan|“ Pasukan", "“Pasukan”|“ Pasukan ”", "kata dia.|kata dia .", "ISIS,|ISIS ,",
        "Rp5 juta|Rp5 juta", "TPNPB-OPM|TPNPB-OPM", "Densus 88|Densus 88", "AK-47|AK-47", "Jum'at|Jum'at",
        "Jum’at|Jum’at", "Kiwirok!|Kiwirok !", "apa?|apa ?", "ke-58|ke-58", "tahun 1990-an|tahun 1990-an",
        "Albu Kamal|Albu Kamal", "Deir ez-Zor|Deir ez-Zor", "e-mail|e-mail", "dll.|dll .", "Jl. Thamrin|Jl . Thamrin",
        "5%|5 %", "A/B|A / B", "café|café", "naïve|naïve", "Damaskus–Aleppo|Damaskus – Aleppo", "x--y|x - - y",
        "S.H.|S . H .", "#ISIS|# ISIS", "@polri|@ polri", "100km|100 km", "«kutip»|« kutip »",
    })
    void tokens(String text, String expected) {
        List<Span> toks = tokenizer.tokenize(text);
        assertThat(String.join(" ", toks.stream().map(Span::text).toList())).isEqualTo(expected);
        for (Span s : toks) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
