package id.pantau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "cnn indonesia|https://www.cnnindonesia.com/nasional/20170525-1|CNN Indonesia",
        "CNN Indonesia|-|CNN Indonesia",
        "-|https://m.cnnindonesia.com/x|CNN Indonesia",
        "Antara|-|Antara",
        "antaranews|https://kl.antaranews.com/berita/1|Antara",
        "ANTARA|-|Antara",
        "KOMPAS.com|-|Kompas",
        "Kompas|https://regional.kompas.com/read/2019/1|Kompas",
        "goal indonesia|https://beta.goal.com/id/berita/1|Goal Indonesia",
        "juara.net|https://juara.bolasport.com/read/1|Juara",
        "Harian Lokal Baru|-|Harian Lokal Baru",
        "-|https://www.beritalokal.example/a|beritalokal.example",
        "-|-|-",
    })
    void oneNamePerOutlet(String source, String url, String expected) {
        assertThat(Outlets.standard().canonical(source, url)).isEqualTo(expected);
    }

    @Test
    void countryTellsTheTimeZone() {
        assertThat(Outlets.standard().resolve("Antara", null).indonesian()).isTrue();
        assertThat(Outlets.standard().resolve("VOA Indonesia", null).indonesian()).isFalse();
        assertThat(Outlets.standard().resolve("unknown outlet", null).indonesian()).isTrue();
    }

    @Test
    void aBrokenRowNamesTheFileAndRow() {
        assertThatThrownBy(() -> new Outlets(List.of("Antara\tantaranews.com"))).hasMessageContaining(Outlets.RESOURCE)
                .hasMessageContaining("row 1");
    }
}
