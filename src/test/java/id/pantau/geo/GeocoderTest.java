package id.pantau.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeocoderTest {
    private final Geocoder geocoder = Geocoder.standard();

    /** sentence | the place's text | expected latitude | longitude (within 25 km) */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Pasukan Suriah merebut desa Qara di pegunungan Qalamouon Selasa kemarin.|Qara|34.154|36.745",
        "Desa ini menjadi kunci rute antara Damaskus dan Homs di Suriah.|Damaskus|33.51|36.29",
        "Rute antara Damaskus dan Homs di Suriah.|Homs|34.73|36.72",
        "Pejuang menyerang di sebelah timur kota al-Sukhna, Suriah.|al-Sukhna|34.887|38.872",
        "Pertempuran di provinsi timur Deir Az Zor, Suriah.|Deir Az Zor|35.34|40.14",
        "Pasukan menyerang di barat Aleppo, Suriah.|Aleppo|36.2|37.16",
        "Operasi di provinsi Idlib, Suriah, terus berlanjut.|Idlib|35.93|36.63",
        "Operasi di provinsi Hama dan Lattakia di Suriah.|Hama|35.13|36.76",
        "Operasi di provinsi Hama dan Lattakia di Suriah.|Lattakia|35.53|35.79",
        "Kondisi pangkalan udara militer Kuweires yang terkepung di Suriah.|Kuweires|36.187|37.583",
        "Mereka mengusir IS dari Albu Kamal di Suriah.|Albu Kamal|34.453|40.918",
        "Kota Albu Kamal di provinsi Deir Ezzor, Suriah.|Deir Ezzor|35.34|40.14",
        "Setelah kehilangan kota Mosul dan Raqqa di Irak dan Suriah.|Mosul|36.34|43.12",
        "Setelah kehilangan kota Mosul dan Raqqa di Irak dan Suriah.|Raqqa|35.95|39.01",
        "Wilayah terakhirnya di Baghouz di Suriah timur.|Baghouz|34.457|40.945",
        "Militan jatuh kembali ke tepi Sungai Efrat di dekatnya, Suriah.|Sungai Efrat|34.45|40.93",
        "Warga melarikan diri ke Lebanon dari Suriah.|Lebanon|33.89|35.5",
        "Kontak tembak terjadi di Distrik Oksibil, Kabupaten Pegunungan Bintang, Papua.|Oksibil|-4.904|140.63",
        "Ledakan di Terminal Kampung Melayu, Jakarta Timur.|Terminal Kampung Melayu|-6.2246|106.8676",
        "Pasukan bergerak ke Dekai, Yahukimo, Papua.|Dekai|-4.86|139.48",
        "Kontak tembak terjadi di Tembagapura, Mimika, Papua.|Tembagapura|-4.14|137.09",
        "Warga Wamena mengungsi ke Jayapura, Papua.|Wamena|-4.09|138.95",
        "Warga Wamena mengungsi ke Jayapura, Papua.|Jayapura|-2.53|140.72",
        "Polisi memburu kelompok MIT di Poso, Sulawesi Tengah.|Poso|-1.40|120.75",
        "Bom meledak di Surabaya, Jawa Timur.|Surabaya|-7.25|112.75",
        "Serangan di Marawi, Filipina selatan.|Marawi|8.0|124.29",
        "Desa di Maungdaw, Rakhine, Myanmar dibakar.|Maungdaw|20.82|92.37",
        "Ledakan di Kabul, Afghanistan.|Kabul|34.53|69.17",
        "Bom truk di Mogadishu, Somalia.|Mogadishu|2.04|45.34",
        "Serangan udara di Gaza, Palestina.|Gaza|31.5|34.47",
        "Bentrokan di Kirkuk, Irak utara.|Kirkuk|35.47|44.39",
        "Serangan di Baghdad, Irak.|Baghdad|33.34|44.4",
        "Rudal menghantam Beirut, Lebanon.|Beirut|33.89|35.5",
        "Pengungsi tiba di al-Hol, Suriah.|al-Hol|36.38|41.15",
        "Pertempuran di Ar Raqqah, Suriah.|Ar Raqqah|35.95|39.01",
        "Serangan di Nabire, Papua Tengah.|Nabire|-3.36|135.5",
        "Penembakan di Timika, Papua Tengah.|Timika|-4.55|136.89",
        "Bentrokan di provinsi Papua Pegunungan, Indonesia.|Papua Pegunungan|-4.09|138.95",
        "Warga mengungsi dari Kiwirok, Papua Pegunungan.|Kiwirok|-4.63|140.72",
        "Pasukan menyerbu As-Safira, Aleppo, Suriah.|As-Safira|36.08|37.37",
    })
    void resolvesWithin25Km(String sentence, String name, double lat, double lon) {
        PlaceMention m = geocoder.find(sentence).stream().filter(p -> p.span().text().equals(name)).findFirst().orElseThrow();
        assertThat(m.place().kmTo(lat, lon)).isLessThan(25.0);
        assertThat(sentence.substring(m.span().start(), m.span().end())).isEqualTo(name);
    }

    @Test
    void nearAndRegionPrecision() {
        List<PlaceMention> ms = geocoder.find("Pejuang ISIS menyerang di sebelah timur kota al-Sukhna, di gurun provinsi Homs, Suriah.");
        assertThat(ms).filteredOn(m -> m.span().text().equals("al-Sukhna")).singleElement().satisfies(m -> assertThat(m.precision()).isEqualTo(2));
        assertThat(ms).filteredOn(m -> m.span().text().equals("Homs")).singleElement().satisfies(m -> {
            assertThat(m.place().isRegion()).isTrue();
            assertThat(m.precision()).isEqualTo(3);
        });
    }

    @Test
    void personsAndCommonWordsAreNotPlaces() {
        List<PlaceMention> ms = geocoder.find("Kepala Observatorium Rami Abdel Rahman berkata. Liwa al-Quds membenarkan. Selama dua bulan, kata Bali, tidak ada serangan.");
        assertThat(ms).extracting(m -> m.span().text()).doesNotContain("Rami", "Liwa", "Selama", "Bali");
    }
}
