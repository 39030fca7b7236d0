package id.pantau.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {
    private final QuantityParser parser = new QuantityParser();

    /** text | value | low | high | approximate | span text of the first quantity */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "menewaskan 27 tentara|27|27|27|false|27",
        "sedikitnya 1.700 warga mengungsi|1700|1700|-|true|sedikitnya 1.700",
        "setidaknya 1700 orang warga sipil|1700|1700|-|true|setidaknya 1700",
        "mencapai 800.000 orang|800000|800000|800000|false|800.000",
        "sekitar 2,5 juta pengungsi|2500000|-|-|true|sekitar 2,5 juta",
        "320 ribu warga|320000|320000|320000|false|320 ribu",
        "hampir 50 tentara tewas|50|-|50|true|hampir 50",
        "hampir dua lusin tentara|24|-|24|true|hampir dua lusin",
        "dua lusin tentara|24|24|24|false|dua lusin",
        "selusin rumah terbakar|12|12|12|false|selusin",
        "puluhan orang luka|10|10|-|true|puluhan",
        "ratusan gerilyawan yang terluka|100|100|-|true|ratusan",
        "ribuan warga mengungsi|1000|1000|-|true|ribuan",
        "puluhan ribu warga|10000|10000|-|true|puluhan ribu",
        "ratusan ribu pengungsi|100000|100000|-|true|ratusan ribu",
        "belasan rumah|11|11|-|true|belasan",
        "lebih dari 60.000 orang|60000|60000|-|true|lebih dari 60.000",
        "50 lebih korban|50|50|-|true|50 lebih",
        "kurang dari 10 orang|10|-|10|false|kurang dari 10",
        "hingga 300 warga|300|-|300|false|hingga 300",
        "tidak kurang dari 40 orang|40|40|-|true|tidak kurang dari 40",
        "kira-kira 70 pejuang|70|-|-|true|kira-kira 70",
        "kurang lebih 15 orang|15|-|-|true|kurang lebih 15",
        "satu prajurit gugur|1|1|1|false|satu",
        "seorang polisi terluka|1|1|1|false|seorang",
        "dua orang tewas|2|2|2|false|dua",
        "tiga anggota TNI|3|3|3|false|tiga",
        "sepuluh warga|10|10|10|false|sepuluh",
        "sebelas orang|11|11|11|false|sebelas",
        "dua belas orang|12|12|12|false|dua belas",
        "sembilan belas korban|19|19|19|false|sembilan belas",
        "dua puluh orang|20|20|20|false|dua puluh",
        "dua puluh tujuh tentara|27|27|27|false|dua puluh tujuh",
        "sembilan puluh sembilan warga|99|99|99|false|sembilan puluh sembilan",
        "seratus orang|100|100|100|false|seratus",
        "dua ratus lima puluh warga|250|250|250|false|dua ratus lima puluh",
        "seribu pengungsi|1000|1000|1000|false|seribu",
        "tiga ribu lima ratus orang|3500|3500|3500|false|tiga ribu lima ratus",
        "sejuta orang|1000000|1000000|1000000|false|sejuta",
        "1,2 juta warga|1200000|1200000|1200000|false|1,2 juta",
        "sekitar 5.000 pejuang|5000|-|-|true|sekitar 5.000",
        "diperkirakan 300 orang|300|-|-|true|diperkirakan 300",
        "paling sedikit 8 orang|8|8|-|true|paling sedikit 8",
        "sekurang-kurangnya 6 orang|6|6|-|true|sekurang-kurangnya 6",
        "antara 40 sampai 55 orang ditahan|40|40|55|true|40 sampai 55",
        "sekitar 20 hingga 30 perusuh|20|20|30|true|sekitar 20 hingga 30",
        "12 - 15 warga luka|12|12|15|true|12 - 15",
    })
    void readsFigures(String text, double value, Double low, Double high, boolean approximate, String span) {
        List<Quantity> qs = parser.parse(text);
        assertThat(qs).isNotEmpty();
        Quantity q = qs.get(0);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.low()).isEqualTo(low);
        assertThat(q.high()).isEqualTo(high);
        assertThat(q.approximate()).isEqualTo(approximate);
        assertThat(q.span().text()).isEqualTo(span);
        assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(span);
    }

    @Test
    void timesAndDatesAreNotCounts() {
        assertThat(parser.parse("pukul 21.00 WIB pada 9/11/2017")).extracting(Quantity::value).doesNotContain(21.0, 2100.0);
        assertThat(parser.parse("pada 9/11/2017")).isEmpty();
    }

    @Test
    void severalFiguresInOneSentence() {
        List<Quantity> qs = parser.parse("menewaskan 27 tentara, termasuk empat petugas, dan melukai puluhan lainnya");
        assertThat(qs).extracting(Quantity::value).containsExactly(27.0, 4.0, 10.0);
    }

    @Test
    void noNumbersNoQuantities() {
        assertThat(parser.parse("banyak korban berjatuhan")).isEmpty();
        assertThat(parser.parse("")).isEmpty();
    }
}
