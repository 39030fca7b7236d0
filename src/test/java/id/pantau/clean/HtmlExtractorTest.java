package id.pantau.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = HtmlExtractor.standard();

    @Test
    void readsMetadataAndArticleWithoutClutter() throws Exception {
        String html = Files.readString(Path.of("src/test/resources/clean/golden/kontak-tembak.html"));
        HtmlPage page = extractor.extract(html, "https://kabartimur.example/x");
        assertThat(page.title()).isEqualTo("Kontak Tembak di Pegunungan Bintang, Satu Prajurit TNI Gugur");
        assertThat(page.published()).isEqualTo("2023-09-15T09:30:00+09:00");
        assertThat(page.outlet()).isEqualTo("Kabar Timur");
        assertThat(page.url()).isEqualTo("https://kabartimur.example/berita/2023/09/15/kontak-tembak-pegunungan-bintang");
        String body = String.join("\n", page.paragraphs());
        assertThat(body).contains("Seorang prajurit TNI gugur").contains("Sekitar 300 warga dilaporkan mengungsi")
                .doesNotContain("Harga Cabai").doesNotContain("KKB Bakar Gedung Sekolah").doesNotContain("Jadilah yang pertama")
                .doesNotContain("Beranda").doesNotContain("Facebook");
    }

    @Test
    void titleSuffixAndPrefixWithTheOutletNameGo() {
        assertThat(HtmlMetadata.trimSiteName("Serangan di Idlib - Kabar Timur")).isEqualTo("Serangan di Idlib");
        assertThat(HtmlMetadata.stripOutlet("KapanLagi.com: FOTO: Dian Sastro", "KapanLagi.com")).isEqualTo("FOTO: Dian Sastro");
        assertThat(HtmlMetadata.stripOutlet("Serangan di Idlib | Warta", "Warta")).isEqualTo("Serangan di Idlib");
    }

    @Test
    void scriptsNeverReachTheText() {
        HtmlPage page = extractor.extract("<html><body><article><p>Polisi menangkap dua orang di Bekasi pada Sabtu pagi, kata juru bicara.</p>"
                + "<script>alert('x')</script><p>Keduanya diduga anggota jaringan teror yang sudah lama diburu aparat.</p></article></body></html>", null);
        assertThat(String.join(" ", page.paragraphs())).doesNotContain("alert").contains("Keduanya diduga");
    }

    @Test
    void truncatedAndEmptyMarkupDoNotThrow() {
        assertThat(extractor.extract("<html><body><div><p>Pasukan pemerintah menyerang", null).paragraphs())
                .containsExactly("Pasukan pemerintah menyerang");
        assertThat(extractor.extract("", null).paragraphs()).isEmpty();
    }

    @Test
    void noiseClassNamesAreMatchedAsWordParts() {
        var doc = org.jsoup.Jsoup.parse("<div class='comment-list'></div><div class='commentary-body'></div><div id='relatedPosts'></div>");
        assertThat(extractor.isNoise(doc.selectFirst(".comment-list"))).isTrue();
        assertThat(extractor.isNoise(doc.selectFirst(".commentary-body"))).isFalse();
        assertThat(extractor.isNoise(doc.selectFirst("#relatedPosts"))).isTrue();
    }
}
