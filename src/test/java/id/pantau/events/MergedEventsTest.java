package id.pantau.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Merged events kept up to date document by document equal one merge of everything, in the same order. */
class MergedEventsTest {
    private static Event ev(String id, String doc, String date, double lat, double lon, long killed) {
        Claim c = new Claim("killed", killed, killed, killed, false, "Polri", doc, "q");
        return new Event(id, "Explosions/Remote violence", "Suicide bomb", date, 1, null, null, null, null, "Indonesia", null, null,
                null, "Somewhere", lat, lon, 2, null, killed, null, null, null, List.of(c), List.of(doc),
                List.of(new Evidence(doc, 0, 1, "x")), "n");
    }

    private static List<String> json(List<Event> events) {
        return events.stream().map(EventJson::write).toList();
    }

    @Test
    void updatesDocumentByDocumentGiveWhatOneMergeGives() {
        Random random = new Random(5);
        Map<String, List<Event>> store = new HashMap<>();
        MergedEvents merged = new MergedEvents();
        for (int step = 0; step < 200; step++) {
            Map<String, List<Event>> changed = new HashMap<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                String doc = "doc" + random.nextInt(40);
                List<Event> events = new ArrayList<>();
                int n = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
                for (int i = 0; i < n; i++) {
                    String date = random.nextInt(15) == 0 ? null : "2024-0" + (1 + random.nextInt(3)) + "-" + String.format("%02d", 1 + random.nextInt(28));
                    events.add(ev(doc + "-" + step + "-" + i, doc, date, -6.2 + random.nextInt(3) * 0.01, 106.8, 1 + random.nextInt(4)));
                }
                changed.put(doc, events);
                if (events.isEmpty()) {
                    store.remove(doc);
                } else {
                    store.put(doc, events);
                }
            }
            merged.update(changed);
            List<Event> everything = new ArrayList<>();
            store.values().forEach(everything::addAll);
            assertThat(json(merged.all())).as("step " + step).containsExactlyElementsOf(json(new EventMerger().merge(everything)));
        }
    }

    @Test
    void aChangeMergesOnlyTheWindowsItTouches() {
        MergedEvents merged = new MergedEvents();
        Map<String, List<Event>> start = new HashMap<>();
        for (int month = 1; month <= 6; month++) {
            String doc = "m" + month;
            start.put(doc, List.of(ev(doc, doc, "2024-0" + month + "-10", -6.2, 106.8, 1)));
        }
        merged.update(start);
        assertThat(merged.windowMerges()).isEqualTo(6);
        merged.update(Map.of("late", List.of(ev("late", "late", "2024-03-11", -6.2, 106.8, 3))));
        assertThat(merged.windowMerges()).isEqualTo(7); // March only
        assertThat(merged.all()).hasSize(6).anySatisfy(e -> assertThat(e.docIds()).containsExactlyInAnyOrder("m3", "late"));
        merged.update(Map.of("late", List.of()));
        assertThat(merged.all()).hasSize(6).allSatisfy(e -> assertThat(e.docIds()).hasSize(1));
    }
}
