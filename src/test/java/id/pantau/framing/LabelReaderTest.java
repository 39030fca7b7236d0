package id.pantau.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The labels a text wraps around actors: one pattern per test, and golden files for whole articles. */
class LabelReaderTest {
    private static final LabelReader READER = LabelReader.standard();
    private static final Path GOLDEN = Path.of("src/test/resources/id/pantau/framing/golden");

    private static List<String> labels(String text) {
        return READER.read(text).stream().map(l -> l.actor() + " = " + l.label()).toList();
    }

    @Test
    void aLabelInsideTheNameBelongsToIt() {
        assertThat(labels("Rezim Assad menyerang Idlib.")).containsExactly("Military Forces of Syria = rezim");
        assertThat(labels("KKB menembak warga di Sugapa.")).containsExactly("TPNPB-OPM = KKB");
        assertThat(READER.read("Rezim Assad menyerang Idlib.").get(0).stance()).isEqualTo(Stance.DELEGITIMISING);
    }

    @Test
    void wordsBeforeTheNameInOneNounPhrase() {
        assertThat(labels("Ratusan teroris bersenjata dari kelompok ISIS melarikan diri."))
                .containsExactly("Islamic State (ISIS) = teroris");
        assertThat(labels("Kelompok militan ekstrem ISIS mundur dari kota itu."))
                .containsExactlyInAnyOrder("Islamic State (ISIS) = militan", "Islamic State (ISIS) = ekstrem");
        assertThat(labels("Seorang milisi pro-pemerintah, yang dikenal sebagai Liwa al-Quds, membenarkan serangan itu."))
                .containsExactlyInAnyOrder("Liwa al-Quds = milisi", "Liwa al-Quds = pro-pemerintah");
    }

    @Test
    void wordsAfterTheNameThroughACopulaOrARelativeClause() {
        assertThat(labels("Liwa al-Quds adalah salah satu milisi elit di gurun itu."))
                .containsExactlyInAnyOrder("Liwa al-Quds = milisi", "Liwa al-Quds = elit");
        assertThat(labels("Serangan dilakukan HTS yang terkait dengan al-Qaeda."))
                .containsExactly("Hayat Tahrir al-Sham = terkait al-Qaeda");
        List<ActorLabel> sponsor = READER.read("Pasukan pimpinan Kurdi yang didukung agresor AS terus maju.");
        assertThat(sponsor).extracting(ActorLabel::actor, ActorLabel::label).contains(
                org.assertj.core.groups.Tuple.tuple("Military Forces of the United States", "agresor"));
        assertThat(sponsor).filteredOn(l -> l.label().startsWith("didukung")).singleElement()
                .satisfies(l -> assertThat(l.actor()).isEqualTo("SDF: Syrian Democratic Forces"));
    }

    @Test
    void anEpithetStandingAloneIsTheGroupTheStoryIsAbout() {
        String text = "Pasukan Demokratik Suriah (SDF) menyerbu kamp terakhir Negara Islam di Baghouz. "
                + "Negara Islam kehilangan hampir seluruh wilayahnya. SDF menangkap ratusan gerilyawan yang terluka. "
                + "Para jihadis yang tersisa bersembunyi di tepi sungai. Negara Islam menyebut serangan itu kejam.";
        assertThat(labels(text)).contains("Islamic State (ISIS) = gerilyawan", "Islamic State (ISIS) = jihadis")
                .doesNotContain("SDF: Syrian Democratic Forces = gerilyawan", "SDF: Syrian Democratic Forces = jihadis");
    }

    @Test
    void anOutletDoesNotCallTheGroupItHonoursTerrorists() {
        String text = "Tentara Suriah didukung tentara perlawanan Hizbullah menyerang Aleppo. Hizbullah mengirim ratusan anggota. "
                + "Hizbullah juga menjaga jalan raya. ISIS masih bertahan di timur. Tujuan operasi ini adalah membersihkan daerah dari para teroris.";
        assertThat(labels(text)).contains("Hezbollah = perlawanan", "Islamic State (ISIS) = teroris").doesNotContain("Hezbollah = teroris");
    }

    @Test
    void aGroupNamedAfterTheEpithetWithAMembershipWordWins() {
        String text = "ISIS mengaku bertanggung jawab atas bom itu. ISIS menyebarkan video. "
                + "Polisi menyebut lima terduga teroris yang ditangkap di Bandung merupakan jaringan Jamaah Ansharut Daulah (JAD).";
        assertThat(labels(text)).contains("JAD: Jamaah Ansharut Daulah = teroris").doesNotContain("Islamic State (ISIS) = teroris");
    }

    @Test
    void epithetsJoinedToANameAreAnotherActor() {
        assertThat(labels("Pasukan pemerintah diserang ISIS dan pemberontak yang terkait dengan al-Qaeda."))
                .contains("Rebels (Syria) = pemberontak", "Rebels (Syria) = terkait al-Qaeda")
                .doesNotContain("Islamic State (ISIS) = pemberontak");
    }

    @Test
    void wordsTalkedAboutOrBorrowedAreNotLabels() {
        assertThat(labels("TPNPB menolak stigma teroris yang dilekatkan pemerintah.")).doesNotContain("TPNPB-OPM = teroris");
        assertThat(labels("Laga dimulai pukul 19.00 KST di Seoul.")).isEmpty();
        assertThat(labels("Empat anggota Jamaah Anshor Daulah ditangkap di Riau."))
                .doesNotContain("Islamic State (ISIS) = Daulah");
        assertThat(labels("Tentara dan pejuang sekutu tewas dalam serangan itu. ISIS mengklaim serangan.")).doesNotContain("Islamic State (ISIS) = pejuang");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "Sumber itu menyebut para mujahidin Hayat Tahrir al-Sham menahan serangan rezim Assad.";
        for (ActorLabel l : READER.read(text)) {
            assertThat(text.substring(l.start(), l.end())).isEqualTo(l.surface());
            assertThat(l.context()).isEqualTo(text);
        }
        assertThat(READER.read("")).isEmpty();
        assertThat(READER.read(null)).isEmpty();
    }

    static Stream<Path> articles() throws IOException {
        return Files.list(GOLDEN).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    /** Whole articles: every label, stance and attachment must match the golden file (-Dpantau.golden.update=true rewrites). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void goldenFiles(Path article) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        String actual = READER.read(text).stream().map(l -> String.join("\t", l.actor(), l.label(), l.stance().label(), l.surface(), l.how()))
                .collect(Collectors.joining("\n", "", "\n"));
        Path expected = Path.of(article + ".labels");
        if (Boolean.getBoolean("pantau.golden.update") || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
