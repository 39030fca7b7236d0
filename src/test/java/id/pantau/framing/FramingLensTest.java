package id.pantau.framing;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.cli.PantauCli;
import id.pantau.events.EventMerger;
import id.pantau.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lens over a real store: the bundled sample holds one attack in Papua told by two outlets of opposite stance
 * ({@code sample/jsonl/sugapa.jsonl}), ingested the way users ingest it.
 */
class FramingLensTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void ingest() {
        int code = PantauCli.execute(new String[] {"ingest", "--data", tmp.resolve("data").toString(), "--dates", "sample/dates.csv",
                "sample/teks", "sample/html", "sample/jsonl"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
    }

    private static FramingLens.Report report(String actor, String outlet, String from, String to) {
        try (Store store = Store.open(tmp.resolve("data"))) {
            return new FramingLens(store).report(new FramingLens.Query(actor, outlet, from, to), new EventMerger().merge(store.events()));
        }
    }

    @Test
    void twoOutletsOfOppositeStanceNameOneGroupDifferently() {
        FramingLens.Report r = report("KKB", null, null, null);
        assertThat(r.actors()).containsExactly("TPNPB-OPM");
        FramingLens.ActorFraming tpnpb = r.framing().get(0);
        var warta = tpnpb.outlets().stream().filter(o -> o.outlet().equals("Warta Jakarta")).findFirst().orElseThrow();
        var suara = tpnpb.outlets().stream().filter(o -> o.outlet().equals("Suara Pegunungan")).findFirst().orElseThrow();
        assertThat(warta.delegitimisingShare()).isEqualTo(1.0);
        assertThat(warta.counts()).extracting(FramingLens.LabelCount::label).contains("KKB").doesNotContain("pejuang", "TPNPB");
        assertThat(suara.delegitimisingShare()).isZero();
        assertThat(suara.sympatheticShare()).isPositive();
        assertThat(suara.counts()).extracting(FramingLens.LabelCount::label).contains("TPNPB", "pejuang").doesNotContain("KKB");
        // every label keeps example spans from its own outlet's documents
        assertThat(warta.counts().get(0).examples()).isNotEmpty()
                .allSatisfy(ex -> assertThat(ex.docId()).startsWith("warta-jakarta:").isNotNull());
    }

    @Test
    void eachOutletsClaimantsAndFiguresSideBySide() {
        FramingLens.Report r = report("TPNPB-OPM", null, "2024-01-01", "2024-12-31");
        assertThat(r.claimants()).extracting(FramingLens.OutletClaimants::outlet).contains("Warta Jakarta", "Suara Pegunungan");
        assertThat(r.claimants()).filteredOn(c -> c.outlet().equals("Suara Pegunungan")).singleElement()
                .satisfies(c -> assertThat(c.claimants()).extracting(FramingLens.ClaimantCount::claimant).containsExactly("TPNPB-OPM"));
        FramingLens.EventFigures sugapa = r.figures().stream().filter(f -> "Sugapa".equals(f.location())).findFirst().orElseThrow();
        assertThat(sugapa.outlets()).extracting(FramingLens.OutletFigures::outlet).containsExactly("Suara Pegunungan", "Warta Jakarta");
        assertThat(sugapa.outlets().get(0).claims()).anySatisfy(c -> {
            assertThat(c.get("kind")).isEqualTo("killed");
            assertThat(c.get("value")).isEqualTo(2L);
        });
        assertThat(sugapa.outlets().get(1).claims()).anySatisfy(c -> {
            assertThat(c.get("kind")).isEqualTo("killed");
            assertThat(c.get("value")).isEqualTo(1L);
        });
    }

    @Test
    void filtersByOutletAndDay() {
        FramingLens.Report one = report(null, "suara pegunungan", null, null);
        assertThat(one.framing()).isNotEmpty().allSatisfy(a -> assertThat(a.outlets()).extracting(FramingLens.OutletLabels::outlet)
                .containsOnly("Suara Pegunungan"));
        assertThat(report("TPNPB-OPM", null, "2030-01-01", null).framing()).isEmpty();
        try (Store store = Store.open(tmp.resolve("data"))) {
            assertThat(new FramingLens(store).resolveActor("Nobody At All")).isEmpty();
            assertThat(new FramingLens(store).resolveActor("islamic state")).containsExactly("Islamic State (ISIS)");
        }
    }

    @Test
    void theEventPageListsTheLabelEachOutletUsed() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            var sugapa = new EventMerger().merge(store.events()).stream().filter(e -> "Sugapa".equals(e.location())).findFirst().orElseThrow();
            var rows = new FramingLens(store).ofEvent(sugapa);
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get("outlet")).isEqualTo("Warta Jakarta");
                assertThat(r.get("label")).isEqualTo("KKB");
                assertThat(r.get("stance")).isEqualTo("delegitimising");
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get("outlet")).isEqualTo("Suara Pegunungan");
                assertThat(r.get("label")).isEqualTo("pejuang");
            });
        }
    }
}
