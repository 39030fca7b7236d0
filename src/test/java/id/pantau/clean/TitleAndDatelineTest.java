package id.pantau.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleAndDatelineTest {
    private final TitleAndDateline stage = new TitleAndDateline();
    private static final String BODY = "Pasukan Suriah berhasil merebut desa strategis Qara setelah pertempuran sengit selama beberapa hari.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10 November 2017|2017-11-10", "Rabu, 22 November 2017 10:15 WIB|2017-11-22", "22/11/2017|2017-11-22",
        "Selasa, 23/02/2016 15:32 WIB|2016-02-23", "1 Mei 2019|2019-05-01", "5 Nopember 2015|2015-11-05",
        "Kamis, 14 Sep 2023 - 09:30 WIT|2023-09-14", "31 Desember 2019, 23:59|2019-12-31"})
    void dateLinesBecomeThePublicationDate(String line, String iso) {
        Draft d = stage.apply(new Draft("Judul", List.of(line, BODY), null));
        assertThat(d.published()).isEqualTo(iso);
        assertThat(d.paragraphs()).containsExactly(BODY);
    }

    @Test
    void knownPublicationDateIsKept() {
        Draft d = stage.apply(new Draft("Judul", List.of("10 November 2017", BODY), "2017-11-11"));
        assertThat(d.published()).isEqualTo("2017-11-11");
    }

    @Test
    void invalidDateIsNotADateLine() {
        Draft d = stage.apply(new Draft("Judul", List.of("31 Februari 2017", BODY), null));
        assertThat(d.published()).isNull();
        assertThat(d.paragraphs()).hasSize(2);
    }

    @Test
    void headlineFirstLineBecomesTitleAndItsCopiesGo() {
        String title = "Dibantu Milisi Syiah Internasional, Rezim Assad Rebut Benteng Terakhir IS di Suriah";
        Draft d = stage.apply(new Draft(null, List.of(title, "10 November 2017", title, BODY), null));
        assertThat(d.title()).isEqualTo(title);
        assertThat(d.paragraphs()).containsExactly(BODY);
        assertThat(d.published()).isEqualTo("2017-11-10");
    }

    @Test
    void rubricAboveTheHeadlineIsDropped() {
        Draft d = stage.apply(new Draft(null, List.of("Berita Suriah", "ISIS Kocar-kacir Hadapi Serangan Suriah, Rusia, dan Hizbullah", BODY), null));
        assertThat(d.title()).isEqualTo("ISIS Kocar-kacir Hadapi Serangan Suriah, Rusia, dan Hizbullah");
        assertThat(d.paragraphs()).containsExactly(BODY);
    }

    @Test
    void proseFirstLineIsNotATitle() {
        Draft d = stage.apply(new Draft(null, List.of(BODY, BODY + " Dua."), null));
        assertThat(d.title()).isNull();
        assertThat(d.paragraphs()).hasSize(2);
    }

    @Test
    void emptyDraft() {
        Draft d = stage.apply(new Draft(null, List.of(), null));
        assertThat(d.paragraphs()).isEmpty();
        assertThat(d.title()).isNull();
    }
}
