package id.pantau.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MojibakeRepairTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "kegagalan kelompok ┬áIS di wilayah ini|kegagalan kelompok \u00a0IS di wilayah ini",
        "kata dia, â€œkami siapâ€\u009d|kata dia, “kami siap”",
        "Jumâ€™at pagi|Jum’at pagi",
        "pukul 10.00 â€“ 12.00 WIB|pukul 10.00 – 12.00 WIB",
        "Ã©lite pasukan|élite pasukan",
        "CafÃ© di Jakarta|Café di Jakarta",
        "tidak ada mojibake di sini|tidak ada mojibake di sini",
        "élite dan café tetap utuh|élite dan café tetap utuh",
        "Ramadan «damai» tahun ini|Ramadan «damai» tahun ini",
        "“Pasukan” tetap|“Pasukan” tetap",
        "Damaskus — ibu kota|Damaskus — ibu kota",
        "ÐšÐ¸ÐµÐ²|Киев",
    })
    void repairsDoubleDecodedUtf8AndLeavesRealTextAlone(String in, String expected) {
        assertThat(MojibakeRepair.repair(in)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void emptyAndNullAreSafe() {
        assertThat(MojibakeRepair.repair("")).isEmpty();
        assertThat(MojibakeRepair.repair(null)).isNull();
    }

    @org.junit.jupiter.api.RepeatedTest(20)
    void randomTextNeverThrowsAndNeverGrows() {
        java.util.Random r = new java.util.Random(42 + System.identityHashCode(this) % 7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.appendCodePoint(r.nextInt(3) == 0 ? 0x80 + r.nextInt(0x2000) : 0x20 + r.nextInt(0x5F));
        }
        String out = MojibakeRepair.repair(sb.toString());
        assertThat(out.length()).isLessThanOrEqualTo(sb.length());
    }
}
