package id.pantau.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Merging region by region gives what one merge of everything gives, wherever the events are. */
class MergeRegionsTest {
    private static Event ev(String id, String type, String date, Double lat, Double lon, String a1) {
        Claim c = new Claim("killed", 1, 1L, 1L, false, "Polri", "doc-" + id, "q");
        return new Event(id, type, "Attack", date, 1, a1, null, null, null, "X", null, null, null, "Somewhere", lat, lon, 2, null,
                1L, null, null, null, List.of(c), List.of("doc-" + id), List.of(new Evidence("doc-" + id, 0, 1, "x")), "n");
    }

    private static Set<String> mergedWhole(List<Event> events) {
        Set<String> out = new TreeSet<>();
        new EventMerger().merge(events).forEach(e -> out.add(EventJson.write(e)));
        return out;
    }

    private static Set<String> mergedByRegion(List<Event> events) {
        Set<String> out = new TreeSet<>();
        for (List<Event> region : MergeRegions.split(events)) {
            new EventMerger().merge(region).forEach(e -> out.add(EventJson.write(e)));
        }
        return out;
    }

    @Test
    void reportsNearEachOtherShareARegionAndFarOnesDoNot() {
        List<List<Event>> regions = MergeRegions.split(List.of(
                ev("a", "Battles", "2024-03-01", -3.70, 137.00, null),     // Sugapa
                ev("b", "Battles", "2024-03-01", -3.95, 137.10, null),     // 30 km south, across a cell edge
                ev("c", "Battles", "2024-03-01", 36.20, 37.15, null),      // Aleppo
                ev("d", "Battles", "2024-03-01", null, null, null)));
        assertThat(regions).hasSize(3);
        assertThat(regions.get(0)).extracting(Event::eventId).containsExactly("a", "b");
    }

    @Test
    void mergingRegionByRegionEqualsOneMergeOfEverything() {
        Random random = new Random(11);
        // clusters at the equator, in the tropics, at 70° north (narrow longitudes) and across the antimeridian
        double[][] centres = {{-3.7, 137.0}, {36.2, 37.15}, {70.5, 25.0}, {-17.8, 179.95}, {0.0, 0.0}};
        String[] types = {"Battles", "Violence against civilians", "Protests", "Explosions/Remote violence"};
        for (int round = 0; round < 30; round++) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                double[] c = centres[random.nextInt(centres.length)];
                double lat = c[0] + (random.nextDouble() - 0.5) * 1.2;
                double lon = c[1] + (random.nextDouble() - 0.5) * (c[0] > 60 ? 4 : 1.2);
                lon = lon > 180 ? lon - 360 : lon;
                String date = "2024-03-" + String.format("%02d", 1 + random.nextInt(12));
                boolean noPlace = random.nextInt(25) == 0;
                events.add(ev(round + "-" + i, types[random.nextInt(types.length)], date, noPlace ? null : lat, noPlace ? null : lon,
                        random.nextBoolean() ? null : "Group " + random.nextInt(3)));
            }
            Set<String> whole = mergedWhole(events);
            assertThat(whole.size()).as("reports merge in round " + round).isLessThan(events.size());
            assertThat(mergedByRegion(events)).as("round " + round).isEqualTo(whole);
            assertThat(MergeRegions.split(events).size()).as("round " + round).isGreaterThan(1);
        }
    }
}
