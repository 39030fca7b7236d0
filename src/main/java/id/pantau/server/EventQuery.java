package id.pantau.server;

import id.pantau.events.Event;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Filters, sorting and aggregation of events for the API; {@code null} filters match everything. */
record EventQuery(String dateFrom, String dateTo, String eventType, String actor, String country, double[] bbox,
                  Integer minFatalities, String text, java.util.Set<String> outletDocs) {

    boolean matches(Event e) {
        if (dateFrom != null && (e.eventDate() == null || e.eventDate().compareTo(dateFrom) < 0)) {
            return false;
        }
        if (dateTo != null && (e.eventDate() == null || e.eventDate().compareTo(dateTo) > 0)) {
            return false;
        }
        if (eventType != null && !eventType.equals(e.eventType())) {
            return false;
        }
        if (country != null && !country.equalsIgnoreCase(e.country())) {
            return false;
        }
        if (actor != null) {
            String a = actor.toLowerCase(Locale.ROOT);
            boolean any = false;
            for (String x : new String[] {e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2()}) {
                any |= x != null && x.toLowerCase(Locale.ROOT).contains(a);
            }
            if (!any) {
                return false;
            }
        }
        if (bbox != null && (e.longitude() == null || e.longitude() < bbox[0] || e.latitude() < bbox[1]
                || e.longitude() > bbox[2] || e.latitude() > bbox[3])) {
            return false;
        }
        if (outletDocs != null && e.docIds().stream().noneMatch(outletDocs::contains)) {
            return false;
        }
        if (minFatalities != null && (e.fatalities() == null || e.fatalities() < minFatalities)) {
            return false;
        }
        if (text != null) {
            String t = text.toLowerCase(Locale.ROOT);
            StringBuilder hay = new StringBuilder().append(e.location()).append(' ').append(e.notes()).append(' ')
                    .append(e.actor1()).append(' ').append(e.actor2()).append(' ').append(e.subEventType());
            e.evidence().forEach(ev -> hay.append(' ').append(ev.text()));
            return hay.toString().toLowerCase(Locale.ROOT).contains(t);
        }
        return true;
    }

    List<Event> apply(List<Event> all, String sort) {
        List<Event> out = new ArrayList<>();
        for (Event e : all) {
            if (matches(e)) {
                out.add(e);
            }
        }
        Comparator<Event> byDate = Comparator.comparing(e -> e.eventDate() == null ? "" : e.eventDate());
        Comparator<Event> byKilled = Comparator.comparingLong(e -> e.fatalities() == null ? 0 : e.fatalities());
        out.sort(switch (sort) {
            case "date" -> byDate;
            case "fatalities" -> byKilled;
            case "-fatalities" -> byKilled.reversed();
            default -> byDate.reversed();
        });
        return out;
    }

    /** Events and fatalities per day, ISO week (2017-W21), month (2017-05) or year (2017). */
    static List<Map<String, Object>> timeline(List<Event> events, String interval) {
        Map<String, long[]> buckets = new TreeMap<>();
        for (Event e : events) {
            if (e.eventDate() == null) {
                continue;
            }
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
        List<Map<String, Object>> out = new ArrayList<>();
        buckets.forEach((k, v) -> out.add(Map.of("period", k, "events", v[0], "fatalities", v[1])));
        return out;
    }
}
