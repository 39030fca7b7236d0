package id.pantau.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Nabire (ANTARA) - Kontak tembak terjadi.|Nabire|ANTARA",
        "Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.|Mataram, NTB|ANTARA News",
        "Jakarta, CNN Indonesia -- Presiden tiba.|Jakarta|CNN Indonesia",
        "KUTA, KOMPAS.com — Penyerang anyar Persib.|KUTA|KOMPAS.com",
        "REPUBLIKA.CO.ID, JAKARTA - Aktris itu berkata.|JAKARTA|REPUBLIKA.CO.ID",
        "TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia menyebutkan.|Jakarta|TEMPO.CO",
        "SURIAH (Jurnalislamcom) – Pasukan rezim menyerang.|SURIAH|Jurnalislamcom",
        "Damaskus - Pejuang ISIS menyerang pos tentara.|Damaskus|-",
        "Oksibil (Kabar Timur) - Seorang prajurit gugur.|Oksibil|Kabar Timur",
        "Bekasi (Warta) - Tim Densus 88 menangkap tiga orang.|Bekasi|Warta",
    })
    void readsDatelines(String text, String place, String outlet) {
        Dateline d = Dateline.find(text).orElseThrow();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.outlet()).isEqualTo(outlet);
        assertThat(text.substring(d.span().end())).doesNotStartWith(" ").doesNotStartWith("-");
    }

    @Test
    void proseHasNoDateline() {
        assertThat(Dateline.find("Pasukan Suriah berhasil merebut desa strategis Qara.")).isEmpty();
        assertThat(Dateline.find("")).isEmpty();
    }
}
