package id.pantau.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorDictionaryTest {
    private final ActorDictionary dict = ActorDictionary.standard();

    /** sentence | canonical actor of the first mention | type */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Pejuang ISIS menyerang pos itu.|Islamic State (ISIS)|rebel",
        "Kelompok Negara Islam mengklaim serangan.|Islamic State (ISIS)|rebel",
        "ISIL bertahan di kota.|Islamic State (ISIS)|rebel",
        "Daesh kehilangan wilayahnya.|Islamic State (ISIS)|rebel",
        "Pasukan Daulah Islamiyah mundur.|Islamic State (ISIS)|rebel",
        "Kelompok IS diusir dari kota.|Islamic State (ISIS)|rebel",
        "Pasukan rezim Nushairiyah menyerang.|Military Forces of Syria|state",
        "Tentara Suriah merebut desa.|Military Forces of Syria|state",
        "Rezim Assad menggempur Idlib.|Military Forces of Syria|state",
        "Pasukan pemerintah Suriah mendapat serangan.|Military Forces of Syria|state",
        "Jabhat al-Nusra bertahan.|Jabhat al-Nusra|rebel",
        "Front al Nusra menyerang.|Jabhat al-Nusra|rebel",
        "Para pejuang Hay'et Tahir al-Sham menyerang.|Hayat Tahrir al-Sham|rebel",
        "Hayat Tahrir al Sham menguasai Idlib.|Hayat Tahrir al-Sham|rebel",
        "HTS menolak gencatan senjata.|Hayat Tahrir al-Sham|rebel",
        "Jaisyul Islam melarikan diri.|Jaysh al-Islam|rebel",
        "Jaish al-Islam menembakkan roket.|Jaysh al-Islam|rebel",
        "Pasukan Demokratik Suriah menyerbu kamp.|SDF: Syrian Democratic Forces|rebel",
        "Pasukan Suriah yang didukung AS merebut kamp.|SDF: Syrian Democratic Forces|rebel",
        "Milisi Kurdi YPG bertahan.|YPG: Peoples Protection Units|rebel",
        "Hizbullah Lebanon membantu tentara.|Hezbollah|militia",
        "Milisi Liwa al-Quds membenarkan serangan.|Liwa al-Quds|militia",
        "Angkatan Pertahanan Nasional Suriah menyerang.|NDF: National Defence Forces|militia",
        "Angkatan Udara Rusia membom kota.|Military Forces of Russia|external",
        "Koalisi pimpinan AS melancarkan serangan udara.|Military Forces of the United States|external",
        "Pasukan Turki menyeberang perbatasan.|Military Forces of Turkey|external",
        "Penasihat Garda Revolusi Iran memimpin.|Military Forces of Iran - IRGC|external",
        "Milisi Syiah Irak bergerak ke barat.|PMF: Popular Mobilization Forces|militia",
        "Taliban menyerang pos polisi.|Taliban|rebel",
        "Al-Shabaab meledakkan bom.|Al Shabaab|rebel",
        "Militer Myanmar membakar desa.|Military Forces of Myanmar|state",
        "ARSA menyerang pos polisi.|ARSA: Arakan Rohingya Salvation Army|rebel",
        "Prajurit TNI gugur dalam kontak tembak.|Military Forces of Indonesia|state",
        "Densus 88 Antiteror menangkap terduga.|Police Forces of Indonesia|police",
        "Anggota Brimob terluka.|Police Forces of Indonesia|police",
        "Kelompok kriminal bersenjata menyerang.|TPNPB-OPM|rebel",
        "KKB membakar sekolah.|TPNPB-OPM|rebel",
        "TPNPB-OPM mengklaim serangan.|TPNPB-OPM|rebel",
        "Jaringan Jamaah Ansharut Daulah ditangkap.|JAD: Jamaah Ansharut Daulah|rebel",
        "Kelompok Mujahidin Indonesia Timur bersembunyi.|MIT: Mujahidin Indonesia Timur|rebel",
        "Kelompok Abu Sayyaf menyandera.|Abu Sayyaf|rebel",
        "Warga sipil melarikan diri.|Civilians|civilians",
        "Tentara Pakistan membalas tembakan.|Military Forces of Pakistan|state",
        "Pasukan keamanan Nigeria menyerbu hutan.|Military Forces of Nigeria|state",
        "Polisi Swedia menangkap tersangka.|Police Forces of Sweden|police",
        "Kepolisian Inggris menggeledah rumah.|Police Forces of United Kingdom|police",
    })
    void canonicalActors(String sentence, String canonical, String type) {
        List<ActorMention> ms = dict.actors(sentence);
        assertThat(ms).isNotEmpty();
        assertThat(ms.get(0).actor().name()).isEqualTo(canonical);
        assertThat(ms.get(0).actor().type()).isEqualTo(type);
        assertThat(sentence.substring(ms.get(0).span().start(), ms.get(0).span().end())).isEqualTo(ms.get(0).span().text());
    }

    @Test
    void shortAliasesMustBeCapitalised() {
        assertThat(dict.actors("this is what it is")).isEmpty();
        assertThat(dict.actors("desa as-Safira")).isEmpty();
    }

    @Test
    void claimantsAreNamedCanonically() {
        assertThat(dict.claimants("kata Observatorium Suriah untuk Hak Asasi Manusia")).extracting(ClaimantMention::claimant)
                .containsExactly("Syrian Observatory for Human Rights");
        assertThat(dict.claimants("Situs web Aamaq melaporkan")).extracting(ClaimantMention::claimant).containsExactly("Amaq");
    }
}
