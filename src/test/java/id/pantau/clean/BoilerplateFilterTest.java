package id.pantau.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {
    private static final String PROSE = "Pasukan pemerintah merebut kembali kota itu setelah pertempuran sengit selama tiga hari, kata juru bicara militer kepada wartawan.";
    private final BoilerplateFilter filter = new BoilerplateFilter(BoilerplateRules.standard());

    @Test
    void rulesResourceIsPresentAndParsed() {
        assertThat(BoilerplateRules.standard().isClutter("Baca juga: Apa saja")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baca juga: Polisi Tangkap Dua Terduga Teroris di Bekasi", "BACA JUGA:  Kenapa Harga Cabai Naik?",
        "Simak juga: Video Detik-detik Ledakan", "Lihat Juga : Galeri Foto Banjir", "0 komentar:", "Posting Komentar",
        "12 Komentar", "Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
        "Leave a Reply", "Your email address will not be published. Required fields are marked *", "Tags", "Tag: KKB Papua",
        "Show More", "Artikel Terkait :", "Berita Terkait", "loading...", "Adblock Detected",
        "Please consider supporting us by disabling your ad blocker", "Facebook Auto Publish Powered By : XYZScripts.com",
        "sumber: SA, al arabiya, dan beberapa sumber", "Sumber: click disini", "Editor: Ade Marboen", "Pewarta: Nur Imansyah",
        "COPYRIGHT © ANTARA 2015", "© 2023 Kabar Timur", "Foto: Ilustrasi konvoi militer", "Ikuti kami di Instagram @pantau",
        "Halaman 2 dari 3", "» Selanjutnya", "Dibaca: 1.229 kali", "Kamis, 5 November 2015 14:56 WIB | 1.229 Views",
        "Facebook Twitter WhatsApp", "Home › Papua", "By Arny Christika Putri", "on 16 Feb 2016 at 09:09 WIB",
        "JANGAN LEWATKAN", "Penulis", ": Kontributor Lhokseumawe, Masriadi", "Kategori: Nasional",
        "Heart Beat bikin Brandon terpukau/©KapanLagi.com®/M. Akrom Sukarya", "Bagikan artikel ini"})
    void dropsClutterLines(String line) {
        Draft d = filter.apply(new Draft(null, List.of(PROSE, line, PROSE + " Lagi."), null));
        assertThat(d.paragraphs()).doesNotContain(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kepala Penerangan Kodam mengatakan pasukan diserang saat berpatroli.",
        "\"Kami akan terus memburu para pelaku,\" kata Kapolda.", "Sel Tidur ISIS",
        "Sumber militer mengatakan bahwa pasukan telah menguasai seluruh kota itu sejak Selasa pagi, setelah melalui pertempuran yang panjang dan melelahkan bagi kedua belah pihak yang terlibat.",
        "Oleh karena itu, warga diminta tetap waspada.", "Tag nama di seragam prajurit itu terbakar ketika bom meledak di dekat pos jaga pada malam hari dan menewaskan dua orang di antaranya."})
    void keepsArticleLines(String line) {
        Draft d = filter.apply(new Draft(null, List.of(PROSE, line, PROSE + " Lagi."), null));
        assertThat(d.paragraphs()).contains(line);
    }

    @Test
    void cutsInlineBacaJuga() {
        Draft d = filter.apply(new Draft(null, List.of("Dua orang tewas dalam ledakan itu. Baca juga: Polisi Buru Pelaku"), null));
        assertThat(d.paragraphs()).containsExactly("Dua orang tewas dalam ledakan itu.");
    }

    @Test
    void endMarkerInSecondHalfDropsTheTail() {
        List<String> in = new ArrayList<>(List.of(PROSE, PROSE + " Dua.", PROSE + " Tiga.", "Artikel Terkait :",
                "Harga Cabai Naik Lagi", "Islam Institute News: situs dakwah yang hadir sebagai media penyeimbang."));
        Draft d = filter.apply(new Draft(null, in, null));
        assertThat(d.paragraphs()).containsExactly(PROSE, PROSE + " Dua.", PROSE + " Tiga.");
    }

    @Test
    void leadCaptionDroppedOnlyAtTheTop() {
        String caption = "Pejuang ISIS yang menyerah di Baghouz - Courtesy of AFP |";
        String credit = "Warga mengungsi ke gereja di Oksibil, Kamis (14/9). (ANTARA FOTO/Dok)";
        Draft d = filter.apply(new Draft(null, List.of(caption, credit, PROSE), null));
        assertThat(d.paragraphs()).containsExactly(PROSE);
        Draft late = filter.apply(new Draft(null, List.of(PROSE, PROSE + " 2", PROSE + " 3", credit), null));
        assertThat(late.paragraphs()).contains(credit);
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(filter.apply(new Draft(null, List.of(), null)).paragraphs()).isEmpty();
    }
}
