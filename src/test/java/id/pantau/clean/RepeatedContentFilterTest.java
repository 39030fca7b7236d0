package id.pantau.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedContentFilterTest {
    private final RepeatedContentFilter stage = new RepeatedContentFilter();
    private static final String A = "Laporan berhasil direbutnya wilayah ini datang setelah serangan udara di dekat perbatasan Lebanon.";
    private static final String B = "Pertempuran di Qara telah menyebabkan setidaknya 1700 orang warga sipil melarikan diri ke Lebanon.";
    private static final String C = "Jaisyul Islam mendapatkan track record kurang baik setelah kejadian ini.";

    @Test
    void exactRepeatedParagraphsGo() {
        assertThat(stage.apply(new Draft(null, List.of(A, B, C, A, B), null)).paragraphs()).containsExactly(A, B, C);
    }

    @Test
    void nearExactRepeatGoes() {
        String longB = B + " Mereka kini tinggal di tenda-tenda darurat di Arsal dan kota-kota perbatasan lainnya, menurut badan pengungsi PBB.";
        String nearB = longB.replace("darurat", "sementara").replace("Lebanon.", "Lebanon");
        assertThat(stage.apply(new Draft(null, List.of(A, longB, C, nearB), null)).paragraphs()).containsExactly(A, longB, C);
    }

    @Test
    void leadTeaserRepeatedInsideALaterParagraphGoes() {
        String teaser = "Jika operasi sapu bersih di Barat Daya Aleppo berakhir dengan sukses, keamanan tercipta di jalur utama yang menghubungkan Damaskus dan Aleppo.";
        String later = "Juga menurut komandan tersebut, jika operasi sapu bersih di Barat Daya Aleppo berakhir dengan sukses, keamanan tercipta di jalur utama yang menghubungkan Damaskus dan Aleppo. (AL/FNA)";
        assertThat(stage.apply(new Draft(null, List.of(teaser, A, later), null)).paragraphs()).containsExactly(A, later);
    }

    @Test
    void repeatedSentencesAreCutFromAMixedParagraph() {
        String mixed = "Menurut beberapa media, penyebab kekalahan adalah mundurnya pasukan dari medan perang.Pertempuran di Qara telah menyebabkan setidaknya 1700 orang warga sipil melarikan diri ke Lebanon.";
        assertThat(stage.apply(new Draft(null, List.of(A, C, B, mixed), null)).paragraphs())
                .containsExactly(A, C, B, "Menurut beberapa media, penyebab kekalahan adalah mundurnya pasukan dari medan perang.");
    }

    @Test
    void shortRepeatedSentencesStay() {
        String p1 = "Kami siap. Pasukan bergerak ke utara kota pada pagi hari.";
        String p2 = "Kami siap. Warga mulai kembali ke rumah masing-masing setelah itu.";
        assertThat(stage.apply(new Draft(null, List.of(p1, p2), null)).paragraphs()).containsExactly(p1, p2);
    }

    @Test
    void distinctParagraphsAreUntouched() {
        assertThat(stage.apply(new Draft(null, List.of(A, B, C), null)).paragraphs()).containsExactly(A, B, C);
    }

    @Test
    void emptyDraft() {
        assertThat(stage.apply(new Draft(null, List.of(), null)).paragraphs()).isEmpty();
    }
}
