package id.pantau.events;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.nlp.DateMention;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the words around a date say it is, on sentences written for these tests; each has one date. */
class DaySignsTest {
    private static final EventCoder CODER = EventCoder.standard();

    private static DateMention onlyDate(EventCoder.DocumentAnalysis doc) {
        assertThat(doc.dates()).hasSize(1);
        return doc.dates().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Dua warga ditangkap di Poso, kata Kapolres Poso AKBP Andi kepada wartawan di Mapolres, Senin (3/4).|true",
        "Wakil Gubernur Golestan mengatakan pada tanggal 3 Januari, sekitar 150 perusuh ditangkap.|true",
        "Reuters pada Rabu (24/5) melansir, pelaku lahir di Manchester.|true",
        "Namun pada Minggu (2/4) pejabat Israel mengatakan 300 tahanan menyerah.|true",
        "Pada Minggu (2/4) tentara Israel menembak dua pemuda, kata saksi.|false",
        "Menteri Soylu mengatakan, ledakan yang menghancurkan markas polisi di Diyarbakir kemarin adalah aksi teroris.|false",
        "Kelompok bersenjata menyerang pos polisi di Kota Sorong, Senin (3/4).|false",
        "Menurut Bahman, seorang anggota parlemen dari Takistan, pada tanggal 2 April, 50 perusuh ditangkap di kota itu.|true",
        "Menurut polisi, serangan itu terjadi pada Senin (3/4) di Kota Sorong.|false",
        "Massa sudah bubar, kata Kapolres yang dikonfirmasi kumparan (kumparan.com), Senin (3/4).|true",
        "Polisi amankan pelaku, unggah akun instagram resmi Polda Metro Jaya, Senin (3/4).|true",
        "Massa sudah bubar, kata Kapolres yang dikonfirmasi (melalui telepon), Senin (3/4).|true"})
    void theDayASourceSpokeOn(String sentence, boolean statement) {
        EventCoder.DocumentAnalysis doc = CODER.analyse("t", sentence, LocalDate.parse("2017-04-05"), true);
        assertThat(DaySigns.statementDay(doc, onlyDate(doc))).isEqualTo(statement);
    }

    @org.junit.jupiter.api.Test
    void aRelativeDaySaidInAQuoteCountsFromTheDayItWasSpoken() {
        // spoken on Monday 3 April in an article of Wednesday 5 April: the protest "kemarin" was on Sunday 2 April
        EventCoder.DocumentAnalysis doc = CODER.analyse("t", "\"Unjuk rasa kemarin berjalan tertib,\" kata Kapolres Sorong "
                + "kepada wartawan, Senin (3/4).", LocalDate.parse("2017-04-05"), true);
        assertThat(DaySigns.anchoredToSpeech(doc, doc.dates())).extracting(DateMention::date)
                .containsExactly(LocalDate.parse("2017-04-02"), LocalDate.parse("2017-04-03"));
        // told by the writer, outside the quote, "kemarin" counts from publication
        doc = CODER.analyse("t", "Unjuk rasa kemarin berjalan tertib, kata Kapolres Sorong kepada wartawan, Senin (3/4).",
                LocalDate.parse("2017-04-05"), true);
        assertThat(DaySigns.anchoredToSpeech(doc, doc.dates())).extracting(DateMention::date)
                .containsExactly(LocalDate.parse("2017-04-04"), LocalDate.parse("2017-04-03"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kejadian ini terjadi pada hari Jumat (31/3) sekitar pukul 21.00.|true",
        "Aksi tersebut digelar pada Senin (3/4) di depan gedung DPRD.|true",
        "Aksi penyanderaan yang dilakukan Amir itu berlangsung di Kelurahan Karang Anyar, Kota Tarakan, pada Senin (3/4).|true",
        "Polisi menembak mati pelaku penyanderaan di Kelurahan Karang Anyar, Kota Tarakan, pada Senin (3/4).|false",
        "Polisi menangkap dua orang pada Senin (3/4).|false"})
    void theDayTheArticleSaysItsHappeningTookPlace(String sentence, boolean story) {
        EventCoder.DocumentAnalysis doc = CODER.analyse("t", sentence, LocalDate.parse("2017-04-05"), true);
        assertThat(DaySigns.storyDay(doc, onlyDate(doc))).isEqualTo(story);
    }
}
