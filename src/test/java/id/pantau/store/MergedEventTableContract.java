package id.pantau.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.Claim;
import id.pantau.events.Event;
import id.pantau.events.EventJson;
import id.pantau.events.EventMerger;
import id.pantau.events.Evidence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merged-event rows, whatever database holds them ({@link MergedEventTableTest} on SQLite,
 * {@link PostgresMergedEventTableTest} on PostgreSQL): after any series of event changes and refreshes they are one
 * merge of every event, and SQL filters, sorts, pages, timelines and actor counts give what the same operations on that
 * merge in memory give.
 */
abstract class MergedEventTableContract {
    @TempDir
    Path tmp;

    abstract Store open(Path dataDir);

    private static final String[] TYPES = {"Battles", "Riots", "Violence against civilians", "Protests"};
    private static final String[] ACTORS = {"TPNPB-OPM", "Police Forces of Indonesia", "Rioters (Indonesia)", "Islamic State (ISIS)", null};
    private static final String[] OUTLETS = {"Antara", "Kompas", "Tempo"};

    private static Event event(Random r, String id, String doc) {
        String date = r.nextInt(12) == 0 ? null : LocalDate.of(2024, 1 + r.nextInt(4), 1 + r.nextInt(28)).toString();
        long killed = r.nextInt(5);
        boolean placed = r.nextInt(8) != 0;
        String actor1 = ACTORS[r.nextInt(ACTORS.length)], actor2 = ACTORS[r.nextInt(ACTORS.length)];
        Claim c = new Claim("killed", killed, killed, killed, false, "Polda Papua", doc, "warga tewas");
        String[] places = {"Sugapa", "Timika", "Wamena"};
        String place = places[r.nextInt(places.length)];
        return new Event(id, TYPES[r.nextInt(TYPES.length)], "Attack", date, 1, actor1, null, actor2, r.nextInt(6) == 0 ? "Civilians" : null,
                r.nextInt(10) == 0 ? "Papua New Guinea" : "Indonesia", "Papua", null, null, place, placed ? -3.7 + 0.01 * r.nextInt(3) : null,
                placed ? 137.0 + 0.3 * r.nextInt(3) : null, 1, null, r.nextInt(6) == 0 ? null : killed, null, null, null, List.of(c), List.of(doc),
                List.of(new Evidence(doc, 0, 5, "Kontak tembak di " + place + " 50% warga")), "n");
    }

    private static List<String> json(List<Event> events) {
        return events.stream().map(EventJson::write).toList();
    }

    @Test
    void rowsAfterEveryChangeAreOneMergeOfEveryEvent() {
        Random r = new Random(11);
        try (Store s = open(tmp.resolve("data"))) {
            MergedEventTable table = new MergedEventTable(s);
            for (int d = 0; d < 30; d++) {
                s.upsert(StoreContract.doc("doc" + d, OUTLETS[d % 3], "teks " + d), "teks " + d, "r" + d, new long[] {d}, null);
            }
            int incremental = 0;
            for (int step = 0; step < 60; step++) {
                for (int k = 0; k < 1 + r.nextInt(3); k++) {
                    String doc = "doc" + r.nextInt(30);
                    List<Event> events = new ArrayList<>();
                    for (int i = 0, n = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2); i < n; i++) {
                        events.add(event(r, doc + "-" + step + "-" + i, doc));
                    }
                    s.replaceEvents(doc, events, "stamp");
                }
                s.commit();
                assertThat(table.stale()).isTrue();
                MergedEventTable.Refresh done = table.refresh();
                assertThat(table.stale()).isFalse();
                List<Event> expected = new EventMerger().merge(s.events());
                assertThat(json(table.all(MergedEventTable.Filter.ALL))).as("step " + step).containsExactlyElementsOf(json(expected));
                assertThat(done.events()).isEqualTo(expected.size());
                if (step > 0) {
                    incremental += done.windowsMerged();
                }
            }
            assertThat(table.refresh().changed()).isFalse();
            // the dates span four months: most changes touch one window, so far fewer merges than 59 full rebuilds
            assertThat(incremental).isLessThan(59 * 3);
        }
    }

    @Test
    void filtersSortsPagesTimelinesAndActorsInSqlMatchTheMergeInMemory() {
        Random r = new Random(3);
        try (Store s = open(tmp.resolve("data"))) {
            for (int d = 0; d < 40; d++) {
                String doc = "doc" + d;
                s.upsert(StoreContract.doc(doc, OUTLETS[d % 3], "teks " + d), "teks " + d, "r" + d, new long[] {d}, null);
                List<Event> events = new ArrayList<>();
                for (int i = 0; i < 1 + r.nextInt(3); i++) {
                    events.add(event(r, doc + "-" + i, doc));
                }
                s.replaceEvents(doc, events, "stamp");
            }
            s.commit();
            MergedEventTable table = new MergedEventTable(s);
            table.refresh();
            List<Event> merged = new EventMerger().merge(s.events());
            Map<String, String> outletOf = new HashMap<>();
            for (int d = 0; d < 40; d++) {
                outletOf.put("doc" + d, OUTLETS[d % 3]);
            }
            List<MergedEventTable.Filter> filters = List.of(MergedEventTable.Filter.ALL,
                    new MergedEventTable.Filter("2024-02-01", "2024-03-15", null, null, null, null, null, null, null),
                    new MergedEventTable.Filter(null, null, "Battles", "opm", null, null, null, null, null),
                    new MergedEventTable.Filter(null, null, null, null, "INDONESIA", new double[] {136.9, -3.8, 137.5, -3.6}, 2, null, null),
                    new MergedEventTable.Filter(null, "2024-03-01", null, "police", null, null, null, "timika", "kompas"),
                    new MergedEventTable.Filter(null, null, null, null, null, null, null, "50%", null),
                    new MergedEventTable.Filter(null, null, "Riots", null, "papua new guinea", null, null, null, "TEMPO"));
            for (MergedEventTable.Filter f : filters) {
                List<Event> in = merged.stream().filter(matches(f, outletOf)).toList();
                assertThat(table.count(f)).as(f.toString()).isEqualTo(in.size());
                for (String sort : List.of("date", "-date", "fatalities", "-fatalities")) {
                    List<Event> sorted = new ArrayList<>(in);
                    sorted.sort(order(sort)); // stable: ties keep the merged order
                    assertThat(json(table.page(f, sort, 0, 1000))).as(f + " " + sort).containsExactlyElementsOf(json(sorted));
                    int from = Math.min(sorted.size(), 3), to = Math.min(sorted.size(), 8);
                    assertThat(json(table.page(f, sort, 3, 5))).as("page 2 " + f + " " + sort).containsExactlyElementsOf(json(sorted.subList(from, to)));
                }
                for (String interval : List.of("day", "week", "month", "year")) {
                    assertThat(table.timeline(f, interval)).as(f + " " + interval).isEqualTo(timeline(in, interval));
                }
                assertThat(table.actors(f)).as(f.toString()).isEqualTo(actors(in));
            }
            assertThat(filters.stream().mapToLong(table::count).filter(n -> n > 0).count()).as("filters that match something").isGreaterThan(4);
            Event some = merged.get(merged.size() / 2);
            assertThat(table.byId(some.eventId()).map(EventJson::write)).contains(EventJson.write(some));
            assertThat(table.byId("no-such-event")).isEmpty();
        }
    }

    private static Predicate<Event> matches(MergedEventTable.Filter f, Map<String, String> outletOf) {
        return e -> {
            if (f.dateFrom() != null && (e.eventDate() == null || e.eventDate().compareTo(f.dateFrom()) < 0)
                    || f.dateTo() != null && (e.eventDate() == null || e.eventDate().compareTo(f.dateTo()) > 0)
                    || f.eventType() != null && !f.eventType().equals(e.eventType())
                    || f.country() != null && !f.country().equalsIgnoreCase(e.country())
                    || f.minFatalities() != null && (e.fatalities() == null || e.fatalities() < f.minFatalities())) {
                return false;
            }
            if (f.actor() != null && java.util.stream.Stream.of(e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2())
                    .noneMatch(a -> a != null && a.toLowerCase(Locale.ROOT).contains(f.actor().toLowerCase(Locale.ROOT)))) {
                return false;
            }
            if (f.bbox() != null && (e.longitude() == null || e.longitude() < f.bbox()[0] || e.latitude() < f.bbox()[1]
                    || e.longitude() > f.bbox()[2] || e.latitude() > f.bbox()[3])) {
                return false;
            }
            if (f.outlet() != null && e.docIds().stream().noneMatch(d -> outletOf.get(d).equalsIgnoreCase(f.outlet()))) {
                return false;
            }
            return f.text() == null || MergedEventTable.haystack(e).contains(f.text().toLowerCase(Locale.ROOT));
        };
    }

    private static Comparator<Event> order(String sort) {
        Comparator<Event> byDate = Comparator.comparing(e -> e.eventDate() == null ? "" : e.eventDate());
        Comparator<Event> byKilled = Comparator.comparingLong(e -> e.fatalities() == null ? 0 : e.fatalities());
        return switch (sort) {
            case "date" -> byDate;
            case "-date" -> byDate.reversed();
            case "fatalities" -> byKilled;
            default -> byKilled.reversed();
        };
    }

    private static List<Map<String, Object>> timeline(List<Event> events, String interval) {
        Map<String, long[]> buckets = new TreeMap<>();
        for (Event e : events) {
            if (e.eventDate() != null) {
                LocalDate d = LocalDate.parse(e.eventDate());
                String key = switch (interval) {
                    case "day" -> d.toString();
                    case "week" -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    case "year" -> d.toString().substring(0, 4);
                    default -> d.toString().substring(0, 7);
                };
                long[] b = buckets.computeIfAbsent(key, k -> new long[2]);
                b[0]++;
                b[1] += e.fatalities() == null ? 0 : e.fatalities();
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        buckets.forEach((k, v) -> out.add(row("period", k, v)));
        return out;
    }

    private static List<Map<String, Object>> actors(List<Event> events) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Event e : events) {
            for (String a : new String[] {e.actor1(), e.actor2()}) {
                if (a != null) {
                    long[] c = counts.computeIfAbsent(a, k -> new long[2]);
                    c[0]++;
                    c[1] += e.fatalities() == null ? 0 : e.fatalities();
                }
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(row("actor", k, v)));
        out.sort((a, b) -> Long.compare((Long) b.get("events"), (Long) a.get("events")));
        return out;
    }

    private static Map<String, Object> row(String name, String key, long[] v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(name, key);
        m.put("events", v[0]);
        m.put("fatalities", v[1]);
        return m;
    }
}
