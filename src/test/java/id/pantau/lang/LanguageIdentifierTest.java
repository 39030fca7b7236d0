package id.pantau.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
    private final LanguageIdentifier id = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pasukan pemerintah Suriah merebut kembali desa itu setelah pertempuran sengit selama tiga hari, kata juru bicara militer.|id",
        "Polisi menangkap tiga terduga teroris di Bekasi pada Sabtu pagi dan menyita sebuah bom panci yang siap diledakkan.|id",
        "Air strikes hit several villages in southern Idlib province on Monday, killing at least six civilians, the monitor said.|en",
        "قتل ستة مدنيين على الأقل في غارات جوية على قرى في جنوب إدلب يوم الاثنين.|ar",
        "Kerajaan Malaysia akan memperkenalkan dasar baharu bagi membantu peniaga kecil yang terjejas teruk akibat pandemik, kata menteri itu semalam.|ms",
        "ok|und",
    })
    void identifies(String text, String expected) {
        assertThat(id.identify(text)).isEqualTo(expected);
    }
}
