package id.pantau.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The geocoder against a table of sentences written for Pantau (src/test/resources/geo/places-table.tsv):
 * Indonesian provinces, regencies, districts and villages with their cues and addresses, towns of the
 * conflict zones, homonyms, speakers' and origins' places, organisations, everyday words and names
 * that are also place names.
 */
class GeocoderTest {
    private static final Geocoder GEOCODER = Geocoder.standard();

    static Stream<Arguments> table() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(GeocoderTest.class.getResourceAsStream("/geo/places-table.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\\|", -1);
                out.add(Arguments.of(c[0], c[1], c[2], c[3], c[4]));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(150);
        return out.stream();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("table")
    void resolvesAsACarefulReaderWould(String sentence, String name, String expected, String precision, String role) {
        List<PlaceMention> found = GEOCODER.find(sentence).stream()
                .filter(m -> m.span().text().equals(name) || m.span().text().contains(name)).toList();
        if (expected.equals("none")) {
            if (role.equals("-")) {
                assertThat(found).as("%s is no place in: %s", name, sentence).isEmpty();
            } else {
                assertThat(found).as("%s is no %s in: %s", name, role, sentence)
                        .noneMatch(m -> m.role().name().equals(role));
            }
            return;
        }
        assertThat(found).as("%s found in: %s", name, sentence).isNotEmpty();
        PlaceMention m = found.get(0);
        String[] e = expected.split(",");
        double lat = Double.parseDouble(e[0]), lon = Double.parseDouble(e[1]), km = Double.parseDouble(e[2]);
        assertThat(m.place().kmTo(lat, lon)).as("%s -> %s (%s)", name, m.place().name(), m.place().kind()).isLessThanOrEqualTo(km);
        if (!precision.equals("-")) {
            assertThat(m.precision()).as("precision of %s", name).isEqualTo(Integer.parseInt(precision));
        }
        if (!role.equals("-")) {
            assertThat(m.role().name()).as("role of %s", name).isEqualTo(role);
        }
        assertThat(sentence.substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
    }

    @Test
    void addressPartsPointToTheLargerPart() {
        List<PlaceMention> ms = GEOCODER.find("Kontak tembak terjadi di Distrik Oksibil, Kabupaten Pegunungan Bintang, Papua Pegunungan.");
        PlaceMention oksibil = ms.stream().filter(m -> m.span().text().equals("Oksibil")).findFirst().orElseThrow();
        assertThat(oksibil.within()).isGreaterThanOrEqualTo(0);
        assertThat(ms.get(oksibil.within()).span().text()).isEqualTo("Kabupaten Pegunungan Bintang");
    }

    @Test
    void aNameWithTheArabicArticleIsAlsoTheTownWithoutIt() {
        // the gazetteer knows villages named "Al Balad" and the Iraqi town Balad; an Iraqi air base takes the town
        PlaceMention balad = GEOCODER.find("Delapan roket jatuh di pangkalan udara Al-Balad, utara Baghdad, Irak.").stream()
                .filter(m -> m.span().text().equals("Al-Balad")).findFirst().orElseThrow();
        assertThat(balad.place().name()).isEqualTo("Balad");
        assertThat(balad.place().country()).isEqualTo("IQ");
    }

    @Test
    void indonesianExonymsOfForeignCities() {
        List<PlaceMention> ms = GEOCODER.find("Bentrokan pecah di Yerusalem, sementara ribuan orang berunjuk rasa di Moskow dan Mekah.");
        assertThat(ms).extracting(m -> m.place().name()).contains("Jerusalem", "Moscow", "Mecca");
    }

    @Test
    void oneNameOnePlacePerArticle() {
        List<PlaceMention> ms = GEOCODER.find("Bom meledak di Manchester pada Senin malam. Polisi Manchester menangkap seorang pria. "
                + "Warga Manchester menyalakan lilin.");
        assertThat(ms).filteredOn(m -> m.span().text().equals("Manchester")).extracting(m -> m.place().index()).containsOnly(
                ms.stream().filter(m -> m.span().text().equals("Manchester")).findFirst().orElseThrow().place().index());
    }

    @Test
    void theCountryOfTheArticleDecidesASmallTown() {
        PlaceMention southSudan = GEOCODER.find("Pertempuran di Kaya, dekat perbatasan Uganda, Sudan Selatan.").stream()
                .filter(m -> m.span().text().equals("Kaya")).findFirst().orElseThrow();
        assertThat(southSudan.place().country()).isEqualTo("SS");
        PlaceMention burkina = GEOCODER.find("Serangan kelompok bersenjata di Kaya, Burkina Faso.").stream()
                .filter(m -> m.span().text().equals("Kaya")).findFirst().orElseThrow();
        assertThat(burkina.place().country()).isEqualTo("BF");
    }

    @Test
    void personsTheNameFinderSeesAreNotPlaces() {
        String text = "Menurut Abdel Rahman, serangan itu disiapkan lama.";
        int at = text.indexOf("Abdel Rahman");
        List<PlaceMention> ms = GEOCODER.find(text, new Geocoder.Hints(Map.of(),
                List.of(new id.pantau.nlp.Span(at, at + "Abdel Rahman".length(), "Abdel Rahman"))));
        assertThat(ms).extracting(m -> m.span().text()).doesNotContain("Rahman", "Abdel Rahman");
    }
}
