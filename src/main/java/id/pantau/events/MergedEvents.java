package id.pantau.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The merged events of a store, kept up to date incrementally: when some documents' events change, only the date
 * windows they touch are merged again (a window is a run of event days without a gap over
 * {@link EventMerger#WINDOW_DAYS}, which the merger never bridges), and every other window keeps its merged events.
 * {@link #all()} is always what one {@link EventMerger#merge} of all events gives, in the same order. Not thread-safe:
 * its owner serialises updates and reads.
 */
public final class MergedEvents {
    private final Map<String, List<Event>> byDoc = new HashMap<>();
    private final TreeMap<String, List<Event>> byDay = new TreeMap<>();
    private final TreeMap<String, Event> undated = new TreeMap<>();
    /** Merged events per window, keyed "first day/last day". */
    private final TreeMap<String, List<Event>> windows = new TreeMap<>();
    private long merges;

    /** Replaces the events of the documents named (an empty list: the document has none now) and merges what changed. */
    public void update(Map<String, List<Event>> eventsOfDocs) {
        java.util.TreeSet<String> touched = new java.util.TreeSet<>();
        for (Map.Entry<String, List<Event>> doc : eventsOfDocs.entrySet()) {
            for (Event old : byDoc.getOrDefault(doc.getKey(), List.of())) {
                remove(old);
                touch(touched, old);
            }
            if (doc.getValue().isEmpty()) {
                byDoc.remove(doc.getKey());
            } else {
                byDoc.put(doc.getKey(), List.copyOf(doc.getValue()));
            }
            for (Event e : doc.getValue()) {
                add(e);
                touch(touched, e);
            }
        }
        TreeMap<String, List<Event>> next = new TreeMap<>();
        for (String[] w : currentWindows()) {
            String key = w[0] + "/" + w[1];
            List<Event> kept = windows.get(key);
            if (kept == null || !touched.subSet(w[0], true, w[1], true).isEmpty()) {
                List<Event> in = new ArrayList<>();
                byDay.subMap(w[0], true, w[1], true).values().forEach(in::addAll);
                kept = new EventMerger().merge(in);
                merges++;
            }
            next.put(key, kept);
        }
        windows.clear();
        windows.putAll(next);
    }

    /** Every event merged, as {@link EventMerger#merge} of all of them gives it: undated ones first, then by window. */
    public List<Event> all() {
        List<Event> out = new ArrayList<>(undated.values());
        windows.values().forEach(out::addAll);
        return out;
    }

    /** How many windows were merged since this object was made (a full build merges every window once). */
    public long windowMerges() {
        return merges;
    }

    /** Groups events by their first document: the form {@link #update} takes. */
    public static Map<String, List<Event>> byDocument(Collection<Event> events) {
        Map<String, List<Event>> out = new HashMap<>();
        for (Event e : events) {
            out.computeIfAbsent(e.docIds().get(0), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private void add(Event e) {
        if (e.eventDate() == null) {
            undated.put(e.eventId(), e);
        } else {
            byDay.computeIfAbsent(e.eventDate(), k -> new ArrayList<>()).add(e);
        }
    }

    private void remove(Event e) {
        if (e.eventDate() == null) {
            undated.remove(e.eventId());
            return;
        }
        List<Event> day = byDay.get(e.eventDate());
        if (day != null) {
            day.removeIf(x -> x.eventId().equals(e.eventId()) && x.docIds().equals(e.docIds()));
            if (day.isEmpty()) {
                byDay.remove(e.eventDate());
            }
        }
    }

    private static void touch(java.util.TreeSet<String> touched, Event e) {
        if (e.eventDate() != null) {
            touched.add(e.eventDate());
        }
    }

    /** The windows of the days holding events now: [first day, last day] pairs in order. */
    private List<String[]> currentWindows() {
        return windowsOf(byDay.navigableKeySet());
    }

    /**
     * The date windows of a set of event days (ISO dates, in order): runs of days without a gap over
     * {@link EventMerger#WINDOW_DAYS}, as [first day, last day] pairs in order. The merger never joins events of two
     * windows, so each can be merged on its own.
     */
    public static List<String[]> windowsOf(java.util.SortedSet<String> days) {
        List<String[]> out = new ArrayList<>();
        String first = null, last = null;
        LocalDate prev = null;
        for (String d : days) {
            LocalDate day = LocalDate.parse(d);
            if (prev != null && day.toEpochDay() - prev.toEpochDay() > EventMerger.WINDOW_DAYS) {
                out.add(new String[] {first, last});
                first = null;
            }
            if (first == null) {
                first = d;
            }
            last = d;
            prev = day;
        }
        if (first != null) {
            out.add(new String[] {first, last});
        }
        return out;
    }
}
