package id.pantau.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Nabire (ANTARA) - Kontak tembak terjadi.|Nabire|ANTARA",
        "Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.|Mataram, NTB|ANTARA News",
        "Jakarta, CNN Indonesia -- Presiden tiba.|Jakarta|CNN Indonesia",
        "KUTA, KOMPAS.com — Penyerang anyar Persib.|KUTA|KOMPAS.com",
        "REPUBLIKA.CO.ID, JAKARTA - Aktris itu berkata.|JAKARTA|REPUBLIKA.CO.ID",
        "TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia menyebutkan.|Jakarta|TEMPO.CO",
        "Liputan6.com, Jakarta - Polisi menahan dua orang di Purworejo.|Jakarta|Liputan6.com",
        "SURIAH (Jurnalislamcom) – Pasukan rezim menyerang.|SURIAH|Jurnalislamcom",
        "Damaskus - Pejuang ISIS menyerang pos tentara.|Damaskus|-",
        "Oksibil (Kabar Timur) - Seorang prajurit gugur.|Oksibil|Kabar Timur",
        "Bekasi (Warta) - Tim Densus 88 menangkap tiga orang.|Bekasi|Warta",
        "Jayapura (ANTARA) - Kapolda Papua menyatakan.|Jayapura|ANTARA",
        "Timika (ANTARA) - Dua anggota Brimob terluka.|Timika|ANTARA",
        "Wamena (ANTARA) - Situasi kembali kondusif.|Wamena|ANTARA",
        "Poso (ANTARA News) - Satgas Tinombala menembak mati.|Poso|ANTARA News",
        "Jakarta (ANTARA News) - Kelompok militan ISIS mengungsikan keluarga.|Jakarta|ANTARA News",
        "Bandung (ANTARA News) - Kepala Bidang Humas mengatakan.|Bandung|ANTARA News",
        "Makassar (ANTARA News) - Tuan rumah PSM merebut poin.|Makassar|ANTARA News",
        "Denpasar (ANTARA) - Badan Narkotika Nasional menangkap.|Denpasar|ANTARA",
        "Trenton (ANTARA) - Kanada menunda misi dagang.|Trenton|ANTARA",
        "Kudus (ANTARA News) - Puluhan petani tebu berangkat.|Kudus|ANTARA News",
        "Surabaya, CNN Indonesia -- Polisi menembak mati pelaku.|Surabaya|CNN Indonesia",
        "Dublin, CNN Indonesia -- Puluhan ribu warga berunjuk rasa.|Dublin|CNN Indonesia",
        "Manila, CNN Indonesia -- Militer Filipina menyerang.|Manila|CNN Indonesia",
        "JAKARTA, KOMPAS.com - Menteri itu menginginkan sistem.|JAKARTA|KOMPAS.com",
        "LHOKSEUMAWE, KOMPAS.com – Penyidik melimpahkan berkas.|LHOKSEUMAWE|KOMPAS.com",
        "REPUBLIKA.CO.ID, BANDUNG - Polisi menangkap tersangka.|BANDUNG|REPUBLIKA.CO.ID",
        "IHRAM.CO.ID, BANJARMASIN - Kepala Kantor mengimbau.|BANJARMASIN|IHRAM.CO.ID",
        "TEMPO.CO, Surabaya - Polisi menyelidiki ledakan.|Surabaya|TEMPO.CO",
        "Islam-Institute, DAMASKUS – Serangan darat tentara Suriah.|DAMASKUS|Islam-Institute",
        "Bekasi - Banjir merendam ribuan rumah.|Bekasi|-",
        "Jakarta - Galaxy S6 Edge adalah smartphone.|Jakarta|-",
        "Kabul - Bom mobil meledak di dekat kedutaan.|Kabul|-",
        "Beirut - Israel menyerang selatan Lebanon.|Beirut|-",
        "Banda Aceh (ANTARA) - Polda Aceh menangkap.|Banda Aceh|ANTARA",
        "Kuala Lumpur (ANTARA) - Polisi Malaysia menahan.|Kuala Lumpur|ANTARA",
        "Deir Ezzor (AFP) - Pasukan SDF maju.|Deir Ezzor|AFP",
        "Mosul (Reuters) - Pasukan Irak merangsek.|Mosul|Reuters",
        "Istanbul (AFP) - Serangan di klub malam.|Istanbul|AFP",
        "Marawi (ANTARA) - Pertempuran berlanjut.|Marawi|ANTARA",
        "Ambon (ANTARA) - Bentrokan antarwarga terjadi.|Ambon|ANTARA",
    })
    void readsDatelines(String text, String place, String outlet) {
        Dateline d = Dateline.find(text).orElseThrow();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.outlet()).isEqualTo(outlet);
        assertThat(text.substring(d.span().end())).doesNotStartWith(" ").doesNotStartWith("-");
    }

    @Test
    void proseHasNoDateline() {
        assertThat(Dateline.find("Pasukan Suriah berhasil merebut desa strategis Qara.")).isEmpty();
        assertThat(Dateline.find("")).isEmpty();
    }
}
