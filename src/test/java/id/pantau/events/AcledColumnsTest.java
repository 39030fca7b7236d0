package id.pantau.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantau.actors.ActorDictionary;
import id.pantau.ingest.Outlets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcledColumnsTest {
    static final Map<String, String> ISO = Map.of("Indonesia", "ID", "Syria", "SY", "Russia", "RU", "Armenia", "AM", "Iran", "IR");
    final AcledColumns acled = new AcledColumns(ActorDictionary.standard(), ISO::get);

    static Event event(String type, String sub, String a1, String a2, String country, Long killed) {
        return new Event("PNT-1", type, sub, "2019-03-12", 1, a1, null, a2, null, country, null, null, null, "X", 1.0, 2.0, 1,
                null, killed, null, null, null, List.of(), List.of("d1", "d2"), List.of(), "n");
    }

    @Test
    void derivedColumnsFollowTheCodebook() {
        Event e = event("Battles", "Armed clash", "Military Forces of Syria", "Islamic State (ISIS)", "Syria", null);
        Map<String, AcledColumns.Source> src = Map.of("d1", new AcledColumns.Source(Outlets.standard().resolve("Antara", null), 1_700_000_000L),
                "d2", new AcledColumns.Source(Outlets.standard().resolve("VOA Indonesia", null), 1_700_000_500L));
        List<Object> row = acled.row(e, src);
        List<String> h = AcledColumns.header();
        assertThat(h).hasSize(31 + AcledColumns.EXTRA.size());
        assertThat(row).hasSameSizeAs(h);
        assertThat(row.get(h.indexOf("year"))).isEqualTo("2019");
        assertThat(row.get(h.indexOf("disorder_type"))).isEqualTo("Political violence");
        assertThat(row.get(h.indexOf("inter1"))).isEqualTo(1);
        assertThat(row.get(h.indexOf("inter2"))).isEqualTo(2);
        assertThat(row.get(h.indexOf("interaction"))).isEqualTo(12);
        assertThat(row.get(h.indexOf("iso"))).isEqualTo(760);
        assertThat(row.get(h.indexOf("region"))).isEqualTo("Middle East");
        assertThat(row.get(h.indexOf("fatalities"))).isEqualTo(0L); // none reported is 0, as in ACLED
        assertThat(row.get(h.indexOf("source"))).isEqualTo("Antara; VOA Indonesia");
        assertThat(row.get(h.indexOf("source_scale"))).isEqualTo("International");
        assertThat(row.get(h.indexOf("timestamp"))).isEqualTo(1_700_000_500L);
    }

    @Test
    void foreignForcesAreExternalAndCiviliansAreTargeted() {
        assertThat(acled.inter("Military Forces of Russia", "SY")).isEqualTo(8);
        assertThat(acled.inter("Military Forces of Syria", "SY")).isEqualTo(1);
        assertThat(acled.inter("Police Forces of Indonesia", "ID")).isEqualTo(1);
        assertThat(acled.inter("Protesters (Indonesia)", "ID")).isEqualTo(6);
        assertThat(acled.inter(null, "ID")).isNull();
        Event vac = event("Violence against civilians", "Attack", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)", "Indonesia", 3L);
        List<Object> row = acled.row(vac, Map.of());
        List<String> h = AcledColumns.header();
        assertThat(row.get(h.indexOf("interaction"))).isEqualTo(37);
        assertThat(row.get(h.indexOf("civilian_targeting"))).isEqualTo("Civilian targeting");
        assertThat(row.get(h.indexOf("region"))).isEqualTo("Southeast Asia");
        assertThat(row.get(h.indexOf("iso"))).isEqualTo(360);
        assertThat(row.get(h.indexOf("fatalities"))).isEqualTo(3L);
        assertThat(acled.disorderType("Protests", "Excessive force against protesters")).isEqualTo("Political violence; Demonstrations");
        assertThat(acled.disorderType("Protests", "Peaceful protest")).isEqualTo("Demonstrations");
        assertThat(AcledColumns.interaction(2, null)).isEqualTo(20);
    }

    @Test
    void regionsOverrideTheUnSubRegions() {
        assertThat(acled.region("AM")).isEqualTo("Caucasus and Central Asia");
        assertThat(acled.region("IR")).isEqualTo("Middle East");
        assertThat(acled.region("AF")).isEqualTo("South Asia");
        assertThat(acled.region("PH")).isEqualTo("Southeast Asia");
        assertThat(acled.region("RU")).isEqualTo("Europe");
        assertThat(acled.region("US")).isEqualTo("North America");
        assertThat(acled.region("MX")).isEqualTo("Central America");
    }

    @Test
    void aBrokenRowNamesTheFile() {
        assertThatThrownBy(() -> new AcledColumns(List.of("inter\tstate\tsatu"), ActorDictionary.standard(), ISO::get))
                .hasMessageContaining(AcledColumns.RESOURCE).hasMessageContaining("row 1");
    }
}
