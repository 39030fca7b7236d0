package id.pantau.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedHeadlineFilterTest {
    private final RelatedHeadlineFilter stage = new RelatedHeadlineFilter();
    private static final String P1 = "Pasukan anti-IS menyerbu ke kota tepat di seberang perbatasan dari Irak pada hari Rabu dan pertempuran dilaporkan sangat sengit.";
    private static final String P2 = "Observatorium Suriah mengatakan bahwa sebagian besar pertempuran dilakukan oleh milisi sekutu dan bukan tentara reguler.";

    @Test
    void fullHeadlineBetweenProseGoes() {
        Draft d = stage.apply(new Draft(null, List.of(P1, "Kini IS Terjepit pada Kubu Terakhirnya di Suriah", P2), null));
        assertThat(d.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void shortSubheadingStays() {
        Draft d = stage.apply(new Draft(null, List.of(P1, "Sel Tidur ISIS", P2), null));
        assertThat(d.paragraphs()).containsExactly(P1, "Sel Tidur ISIS", P2);
    }

    @Test
    void secondHeadlineRightAfterTheTitleStays() {
        String h = "Hadapi Serangan Serempak Suriah, Rusia, dan Hizbullah, Ratusan Teroris ISIS Lari Kocar-kacir";
        Draft d = stage.apply(new Draft("Judul", List.of(h, P1, P2), null));
        assertThat(d.paragraphs()).containsExactly(h, P1, P2);
    }

    @Test
    void truncatedTeasersAtTheEndGoWithTheirHeadline() {
        Draft d = stage.apply(new Draft(null, List.of(P1, P2, "Gaikindo Optimistis Penjualan Naik",
                "Gabungan Industri Kendaraan Bermotor Indonesia optimistis penjualan kendaraan akan naik ..."), null));
        assertThat(d.paragraphs()).containsExactly(P1, P2);
    }
}
