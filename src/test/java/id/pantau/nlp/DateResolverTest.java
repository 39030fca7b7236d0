package id.pantau.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
    private final DateResolver resolver = new DateResolver();

    @Test
    void aFeastNamedWithoutADayIsNotADate() {
        assertThat(resolver.resolve("upaya untuk mengganggu perayaan Natal dan menciptakan perpecahan", LocalDate.of(2017, 12, 18))).isEmpty();
        assertThat(resolver.resolve("suasana tahun baru masih terasa di kota itu", LocalDate.of(2018, 1, 3))).isEmpty();
    }

    @Test
    void daysLaterCountFromTheDayToldBefore() {
        List<DateMention> ds = resolver.resolve("Serangan terjadi pada 1 Januari 2017. Pelakunya ditangkap 15 hari kemudian di Esenyurt, "
                + "dan istrinya dua pekan setelahnya.", null);
        assertThat(ds).extracting(DateMention::date).containsExactly(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 1, 16),
                LocalDate.of(2017, 1, 15));
        assertThat(ds).extracting(DateMention::precision).containsExactly(1, 1, 2);
        assertThat(resolver.resolve("Pelakunya ditangkap 15 hari kemudian.", LocalDate.of(2017, 2, 1))).isEmpty();
    }

    @Test
    void theSameDayOrMonthIsTheOneToldBefore() {
        List<DateMention> ds = resolver.resolve("Bom meledak di stasiun kereta pada April 2017. Di bulan yang sama, sebuah truk menabrak "
                + "kerumunan. Polisi menangkap tersangka pada 9 April 2017, dan pada hari yang sama menggeledah rumahnya.", null);
        assertThat(ds).extracting(DateMention::date).containsExactly(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 4, 1),
                LocalDate.of(2017, 4, 9), LocalDate.of(2017, 4, 9));
        assertThat(ds).extracting(DateMention::precision).containsExactly(3, 3, 1, 1);
        assertThat(ds.get(1).span().text()).isEqualTo("Di bulan yang sama");
        // nothing told before: no date
        assertThat(resolver.resolve("Pada hari yang sama, polisi menangkap dua orang.", LocalDate.of(2017, 2, 1))).isEmpty();
    }

    /** published | text | date of the first mention | precision | span */
    @ParameterizedTest(name = "{1} @ {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2013-11-20|merebut Qara Selasa kemarin setelah|2013-11-19|1|Selasa kemarin",
        "2017-11-10|pada hari Kamis (9/11/2017) mengusir|2017-11-09|1|pada hari Kamis (9/11/2017)",
        "2017-05-15|Sabtu (13 / 5) malam|2017-05-13|1|Sabtu (13 / 5)",
        "2017-05-15|Sabtu (13/5) malam|2017-05-13|1|Sabtu (13/5)",
        "2019-11-16|menyerang pada Kamis malam, memicu|2019-11-14|1|pada Kamis",
        "2019-11-18|pada hari Senin, seorang komandan|2019-11-18|1|pada hari Senin",
        "2019-11-18|pada Sabtu pagi|2019-11-16|1|pada Sabtu",
        "2020-01-01|10 November 2017 lalu|2017-11-10|1|10 November 2017",
        "2019-10-01|Aksi tersebut digelar pada 23 dan 24 September 2019 di depan gedung|2019-09-23|1|23 dan 24 September 2019",
        "2019-06-01|kerusuhan 21-22 Mei 2019 di Jakarta|2019-05-21|1|21-22 Mei 2019",
        "2017-06-01|bom meledak 24 Mei 2017 malam|2017-05-24|1|24 Mei 2017",
        "2018-02-28|bom yang meledak pada 14 Januari dua tahun lalu|2016-01-14|1|14 Januari dua tahun lalu",
        "2019-06-10|kerusuhan 22 Mei tahun lalu di Jakarta|2018-05-22|1|22 Mei tahun lalu",
        "2020-03-01|sejak Agustus tiga tahun silam|2017-08-01|3|Agustus tiga tahun silam",
        "2023-09-18|serangan 5 Mei 10 tahun yang lalu|2013-05-05|1|5 Mei 10 tahun yang lalu",
        "2017-06-01|bom meledak pada 24 Mei malam|2017-05-24|1|24 Mei",
        "2015-10-22|pada hari Rabu (21/10), bahwa|2015-10-21|1|pada hari Rabu (21/10)",
        "2015-10-22|pada 21/10 malam|2015-10-21|1|21/10",
        "2018-01-03|pada 28/12 malam|2017-12-28|1|28/12",
        "2018-01-03|pada 28 Desember|2017-12-28|1|28 Desember",
        "2019-11-16|kemarin pasukan menyerang|2019-11-15|1|kemarin",
        "2019-11-16|hari ini pasukan menyerang|2019-11-16|1|hari ini",
        "2019-11-16|tadi malam terjadi ledakan|2019-11-15|1|tadi malam",
        "2019-11-16|dua hari lalu terjadi ledakan|2019-11-14|1|dua hari lalu",
        "-|penembakan di klub malam pada malam tahun baru 2019 itu|2018-12-31|1|pada malam tahun baru 2019",
        "-|Awal tahun baru 2020, sebuah bom meledak|2020-01-01|1|tahun baru 2020",
        "2021-01-02|bom meledak saat malam Natal di depan gereja|2020-12-24|1|saat malam Natal",
        "2021-08-20|bentrokan pada hari kemerdekaan di Timika|2021-08-17|1|pada hari kemerdekaan",
        "2019-11-16|3 hari lalu terjadi ledakan|2019-11-13|1|3 hari lalu",
        "2019-11-16|pekan lalu terjadi ledakan|2019-11-09|2|pekan lalu",
        "2019-11-16|bulan lalu terjadi ledakan|2019-10-01|3|bulan lalu",
        "2019-11-16|pada bulan Maret setelah|2019-03-01|3|bulan Maret",
        "2019-02-16|pada bulan Maret setelah|2018-03-01|3|bulan Maret",
        "2023-02-10|awal Januari 2023 lalu|2023-01-01|3|awal Januari 2023",
        "2016-11-18|Pada September lalu, sejumlah militan|2016-09-01|3|Pada September lalu",
        "2016-11-18|serangan pada Agustus, ketika|2016-08-01|3|pada Agustus",
        "2017-02-10|sejak akhir Desember silam|2016-12-25|3|sejak akhir Desember silam",
        "2023-02-10|pertengahan Januari 2023|2023-01-15|3|pertengahan Januari 2023",
        "2019-04-01|Maret 2019 lalu|2019-03-01|3|Maret 2019",
        "2017-05-25|Rabu (24/5) malam|2017-05-24|1|Rabu (24/5)",
        "2023-09-15|Kamis (14/9/2023) sore|2023-09-14|1|Kamis (14/9/2023)",
        "2023-09-15|pada Jumat (15/9)|2023-09-15|1|pada Jumat (15/9)",
        "2016-02-16|Senin (15/2). (REUTERS)|2016-02-15|1|Senin (15/2)",
        "2019-11-20|Selasa lalu pasukan|2019-11-19|1|Selasa lalu",
        "2019-11-19|Selasa lalu pasukan|2019-11-12|1|Selasa lalu",
        "2019-11-20|Minggu pagi pasukan|2019-11-17|1|Minggu",
        "2019-11-20|Jumat malam|2019-11-15|1|Jumat",
        "2019-11-20|Jum'at malam|2019-11-15|1|Jum'at",
        "2019-11-20|5 Nopember 2019|2019-11-05|1|5 Nopember 2019",
        "2019-11-20|pada 5-11-2019|2019-11-05|1|5-11-2019",
        "2019-11-20|31 Februari 2019 dan 1 Maret 2019|2019-02-01|3|Februari 2019",
        "2019-11-20|Kamis (14/11/2019) dan Jumat (15/11/2019)|2019-11-14|1|Kamis (14/11/2019)",
        "2019-11-20|sejak Senin kemarin|2019-11-18|1|Senin kemarin",
    })
    void resolves(String published, String text, String date, int precision, String span) {
        List<DateMention> ds = resolver.resolve(text, published == null ? null : LocalDate.parse(published));
        assertThat(ds).isNotEmpty();
        DateMention d = ds.get(0);
        assertThat(d.date()).isEqualTo(LocalDate.parse(date));
        assertThat(d.precision()).isEqualTo(precision);
        assertThat(d.span().text()).isEqualTo(span);
    }

    @Test
    void withoutAPublicationDateOnlyFullDatesResolve() {
        assertThat(resolver.resolve("pada Kamis malam dan Sabtu (13/5)", null)).isEmpty();
        assertThat(resolver.resolve("pada 10 November 2017", null)).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2017, 11, 10));
    }

    @Test
    void aHolidayNamedAfterAWeekdayIsNoWeekday() {
        assertThat(resolver.resolve("Negombo menjadi tempat pemboman saat Minggu Paskah lalu.", LocalDate.parse("2019-05-06"))).isEmpty();
        assertThat(resolver.resolve("Jemaat berkumpul pada Jumat Agung di gereja itu.", LocalDate.parse("2019-05-06"))).isEmpty();
    }

    @Test
    void aLowerCaseMingguIsAWeekNotSunday() {
        LocalDate pub = LocalDate.parse("2017-06-08");
        assertThat(resolver.resolve("setelah pertempuran selama berminggu-minggu di kota itu", pub)).isEmpty();
        assertThat(resolver.resolve("dalam dua minggu terakhir dan minggu ini", pub)).isEmpty();
        assertThat(resolver.resolve("kerusuhan pada hari minggu itu", pub)).extracting(DateMention::date)
                .containsExactly(LocalDate.parse("2017-06-04"));
    }

    @Test
    void aWeekdayBeatsMistypedNumbersFarFromIt() {
        LocalDate pub = LocalDate.parse("2017-06-05");
        // 6 March 2017 was a Monday; the Saturday before publication is 3 June
        assertThat(resolver.resolve("Bom meletus pada hari Sabtu (6 / 3) di pemakaman itu.", pub)).extracting(DateMention::date)
                .containsExactly(LocalDate.parse("2017-06-03"));
        // numbers that fit their weekday, or a slip of a day near it, stay
        assertThat(resolver.resolve("Demo berlangsung Jumat (4/11) di Jakarta.", LocalDate.parse("2016-11-30")))
                .extracting(DateMention::date).containsExactly(LocalDate.parse("2016-11-04"));
        assertThat(resolver.resolve("Ledakan terjadi Rabu (23/5) malam.", LocalDate.parse("2017-05-25")))
                .extracting(DateMention::date).containsExactly(LocalDate.parse("2017-05-23"));
    }

    @Test
    void someMonthsAgoTellsNoMonth() {
        LocalDate pub = LocalDate.parse("2017-06-15");
        assertThat(resolver.resolve("Beberapa bulan lalu lapas itu dilanda kerusuhan.", pub)).isEmpty();
        assertThat(resolver.resolve("Beberapa pekan lalu polisi menangkap dua orang.", pub)).isEmpty();
        assertThat(resolver.resolve("Bulan lalu lapas itu dilanda kerusuhan.", pub)).extracting(DateMention::date)
                .containsExactly(LocalDate.parse("2017-05-01"));
    }

    @Test
    void theFridayPrayerIsNoWeekday() {
        LocalDate pub = LocalDate.parse("2016-12-27");
        assertThat(resolver.resolve("Presiden ikut salat Jumat bersama massa di Monas.", pub)).isEmpty();
        assertThat(resolver.resolve("Massa bubar usai sholat  Jumat di masjid itu.", pub)).isEmpty();
        assertThat(resolver.resolve("Massa berkumpul pada Jumat di depan masjid.", pub)).extracting(DateMention::date)
                .containsExactly(LocalDate.parse("2016-12-23"));
    }

    @Test
    void aRunOfDaysWithoutAYearStartsOnItsFirstDay() {
        LocalDate pub = LocalDate.of(2018, 1, 13);
        assertThat(resolver.resolve("Pada tanggal 30 dan 31 Desember, ratusan orang ditangkap.", pub)).extracting(DateMention::date)
                .contains(LocalDate.of(2017, 12, 30));
        assertThat(resolver.resolve("Bentrokan berlangsung 2-4 Januari di kota itu.", pub)).extracting(DateMention::date)
                .contains(LocalDate.of(2018, 1, 2)).doesNotContain(LocalDate.of(2018, 1, 3));
    }

    @Test
    void anAddressesNumbersAreNoDate() {
        LocalDate pub = LocalDate.of(2017, 8, 4);
        assertThat(resolver.resolve("Ia tinggal di Kampung Cabang Tiga, RT 03 / 02, Desa Hurip Jaya.", pub)).isEmpty();
        assertThat(resolver.resolve("Rumah di Jalan Melati No. 12/3 itu digeledah polisi.", pub)).isEmpty();
        assertThat(resolver.resolve("Warga RW 05/01 dan warga Rt.4/2 mengungsi.", pub)).isEmpty();
        assertThat(resolver.resolve("Ia ditangkap di RT 03, Selasa (1/8).", pub)).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2017, 8, 1));
    }

    @Test
    void noDates() {
        assertThat(resolver.resolve("Pasukan bergerak ke utara.", LocalDate.of(2020, 1, 1))).isEmpty();
    }
}
