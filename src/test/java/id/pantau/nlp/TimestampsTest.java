package id.pantau.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // ISO 8601: an offset is kept; UTC becomes WIB for an Indonesian outlet; no zone is WIB
        "2023-09-18T07:15:00+07:00|2023-09-18T07:15:00+07:00",
        "2023-09-18T07:15:00+08:00|2023-09-18T07:15:00+08:00",
        "2023-09-17T22:30:00Z|2023-09-18T05:30:00+07:00",
        "2023-09-17T22:30Z|2023-09-18T05:30:00+07:00",
        "2023-09-18T07:15:00|2023-09-18T07:15:00+07:00",
        "2023-09-18 07:15:00|2023-09-18T07:15:00+07:00",
        "2023-09-18|2023-09-18",
        // RFC 1123 (RSS)
        "'Sun, 17 Sep 2023 22:30:00 GMT'|2023-09-18T05:30:00+07:00",
        "'Mon, 18 Sep 2023 07:15:00 +0700'|2023-09-18T07:15:00+07:00",
        // Indonesian and English dates with month names
        "'Senin, 18 September 2023 07:15 WIB'|2023-09-18T07:15:00+07:00",
        "'Senin, 18 September 2023 - 07:15 WIB'|2023-09-18T07:15:00+07:00",
        "'Selasa, 5 Desember 2017 21.03 WITA'|2017-12-05T21:03:00+08:00",
        "'5 Des 2017 | 21:03 WIT'|2017-12-05T21:03:00+09:00",
        "'Jumat, 18 Agustus 2023'|2023-08-18",
        "'18 Agt 2023, pukul 10.00'|2023-08-18T10:00:00+07:00",
        "'September 18, 2023'|2023-09-18",
        "'Sep 18, 2023 10:00 GMT+7'|2023-09-18T10:00:00+07:00",
        // numeric: day first (as Indonesians write), year first
        "18/09/2023|2023-09-18",
        "18-09-2023 07:15|2023-09-18T07:15:00+07:00",
        "1.2.2024|2024-02-01",
        "2023/09/18|2023-09-18",
        // Unix epoch seconds and milliseconds (UTC, shown in WIB)
        "1695000600|2023-09-18T08:30:00+07:00",
        "1695000600000|2023-09-18T08:30:00+07:00",
    })
    void readsTheFormatsOutletsUse(String raw, String expected) {
        Timestamps.Parsed p = Timestamps.normalize(raw, true);
        assertThat(p.understood()).isTrue();
        assertThat(p.value()).isEqualTo(expected);
    }

    @Test
    void anArticlePublishedAtFiveInTheMorningWibStaysOnItsDay() {
        // 05:00 WIB on 18 September is 22:00 UTC on the 17th; a feed gives it in UTC
        String v = Timestamps.normalize("2023-09-17T22:00:00Z", true).value();
        assertThat(v).isEqualTo("2023-09-18T05:00:00+07:00");
        assertThat(PublicationDate.resolve(v, null)).isEqualTo(LocalDate.of(2023, 9, 18));
        // and one minute before midnight WIB is still the 17th
        String late = Timestamps.normalize("2023-09-17T16:59:00Z", true).value();
        assertThat(PublicationDate.resolve(late, null)).isEqualTo(LocalDate.of(2023, 9, 17));
    }

    @Test
    void aForeignOutletKeepsUtc() {
        assertThat(Timestamps.normalize("2023-09-17T22:00:00Z", false).value()).isEqualTo("2023-09-17T22:00:00Z");
        assertThat(Timestamps.normalize("2023-09-18 07:15", false).value()).isEqualTo("2023-09-18T07:15:00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"kemarin sore", "31/02/2023", "18 September", "2023-13-01", "Senin, 18 September 2023 dini hari tadi"})
    void whatItCannotReadIsSaidSo(String raw) {
        Timestamps.Parsed p = Timestamps.normalize(raw, true);
        assertThat(p.understood()).isFalse();
        assertThat(p.value()).isNull();
    }

    @Test
    void noDateIsNotAWarning() {
        assertThat(Timestamps.normalize(null, true)).isEqualTo(new Timestamps.Parsed(null, true));
        assertThat(Timestamps.normalize("  ", true)).isEqualTo(new Timestamps.Parsed(null, true));
    }
}
