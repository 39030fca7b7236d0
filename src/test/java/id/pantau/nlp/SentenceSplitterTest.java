package id.pantau.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** text | number of sentences | first sentence */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Polisi menangkap dua orang. Keduanya dibawa ke Jakarta.|2|Polisi menangkap dua orang.",
        "Kapolres AKBP Andi mengatakan hal itu. Ia menambahkan lagi.|2|Kapolres AKBP Andi mengatakan hal itu.",
        "Kombes Pol. Martinus Sitompul mengatakan pelaku tewas. Dua polisi luka.|2|Kombes Pol. Martinus Sitompul mengatakan pelaku tewas.",
        "Irjen. Paulus Waterpauw tiba di Timika. Ia disambut warga.|2|Irjen. Paulus Waterpauw tiba di Timika.",
        "Ledakan terjadi di Jl. Jatinegara Barat. Tiga polisi gugur.|2|Ledakan terjadi di Jl. Jatinegara Barat.",
        "Polisi menyita bom, pisau, dll. Semua barang dibawa ke markas.|1|Polisi menyita bom, pisau, dll. Semua barang dibawa ke markas.",
        "Fotografer M. Akrom Sukarya mengabadikan momen itu. Lalu pergi.|2|Fotografer M. Akrom Sukarya mengabadikan momen itu.",
        "\"Kami siap,\" katanya. \"Pasukan sudah bergerak.\"|2|\"Kami siap,\" katanya.",
        "Dia bertanya, \"Apakah aman?\" Lalu pergi.|2|Dia bertanya, \"Apakah aman?\"",
        "Sebanyak 1.700 orang mengungsi. Jumlah itu naik.|2|Sebanyak 1.700 orang mengungsi.",
        "Pukul 21.00 WIB terjadi ledakan. Warga panik.|2|Pukul 21.00 WIB terjadi ledakan.",
        "kelompok pemberontak lainnya.Dikatakan dalam pertempuran itu ISIS bertahan.|2|kelompok pemberontak lainnya.",
        "Apa yang terjadi? Tidak ada yang tahu!|2|Apa yang terjadi?",
        "Baris pertama\\nBaris kedua|2|Baris pertama",
        "Mereka tiba pada 9.11 pagi. Lalu pergi.|2|Mereka tiba pada 9.11 pagi.",
        "Harga naik 2,5 persen. Pasar tenang.|2|Harga naik 2,5 persen.",
        "Ia lulusan S.H. dari Universitas Indonesia. Kini ia jaksa.|2|Ia lulusan S.H. dari Universitas Indonesia.",
        "Presiden Joko Widodo tiba. (ant)|2|Presiden Joko Widodo tiba.",
        "Tidak ada titik di sini|1|Tidak ada titik di sini",
        "Dr. Rahman memimpin tim. Tim bekerja.|2|Dr. Rahman memimpin tim.",
        "Prof. Hikmahanto menilai langkah itu tepat. Ia mengkritik DPR.|2|Prof. Hikmahanto menilai langkah itu tepat.",
        "Brigjen TNI Hartono tiba. Ia memimpin operasi.|2|Brigjen TNI Hartono tiba.",
        "Desa itu dikuasai ISIS... Warga melarikan diri.|2|Desa itu dikuasai ISIS...",
        "Ia berkata: \"Kami menang.\" Pasukan bersorak.|2|Ia berkata: \"Kami menang.\"",
        "Rp 5 juta dibayarkan. Lalu selesai.|2|Rp 5 juta dibayarkan.",
        "No. 12 adalah rumahnya. Ia tinggal sendirian.|2|No. 12 adalah rumahnya.",
        "Pasukan Suriah merebut Qara. 20 orang tewas.|2|Pasukan Suriah merebut Qara.",
        "Mereka tewas. (Reuters)|2|Mereka tewas.",
        "Ketua RT. 05 hadir. Warga juga.|2|Ketua RT. 05 hadir.",
        "“Pasukan sudah tiba,” ujarnya. Warga lega.|2|“Pasukan sudah tiba,” ujarnya.",
        "Mayjen TNI A. Yani memimpin. Pasukan maju.|2|Mayjen TNI A. Yani memimpin.",
        "Serangan itu terjadi Senin (15/2). Tiga orang tewas.|2|Serangan itu terjadi Senin (15/2).",
        "Letkol Kav. Candra Kurniawan membenarkan. Ia di Jayapura.|2|Letkol Kav. Candra Kurniawan membenarkan.",
        "AS dan Rusia berunding. Hasilnya nihil.|2|AS dan Rusia berunding.",
        "Korban dibawa ke RS. Bhayangkara. Dua kritis.|3|Korban dibawa ke RS.",
        "Itu saja.|1|Itu saja.",
        "Satu. Dua. Tiga.|3|Satu.",
        "Ia tiba pukul 10.00. Lalu rapat.|2|Ia tiba pukul 10.00.",
        "Kantor berita SANA melaporkan. Amaq juga.|2|Kantor berita SANA melaporkan.",
        "Tn. Ahmad ditangkap. Ny. Siti dibebaskan.|2|Tn. Ahmad ditangkap.",
    })
    void splits(String csvText, int count, String first) {
        String text = csvText.replace("\\n", "\n");
        List<Span> s = splitter.split(text);
        assertThat(s).hasSize(count);
        assertThat(s.get(0).text()).isEqualTo(first);
        for (Span sp : s) {
            assertThat(text.substring(sp.start(), sp.end())).isEqualTo(sp.text());
        }
    }

    @Test
    void emptyText() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split("   \n  ")).isEmpty();
    }
}
