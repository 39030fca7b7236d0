package id.pantau.store;

import id.pantau.events.Event;
import id.pantau.events.EventJson;
import id.pantau.events.EventMerger;
import id.pantau.events.MergedEvents;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The store's merged events as rows ({@code merged_events}, schema 5). {@link #refresh} brings them up to date with
 * the events after a change, merging again only the date windows the changed documents touch (the merger never joins
 * two windows, {@link MergedEvents#windowsOf}); the queries filter, sort, page, count and aggregate the rows in SQL with
 * indexes. The rows in (window, order) order are exactly {@link EventMerger#merge} of every event, undated events first.
 */
public final class MergedEventTable {
    /** Above this many changed documents one full rebuild is cheaper than looking up each one's old windows. */
    static final int FULL_REBUILD = 5_000;
    private static final String UNDATED = "";

    private final Store store;

    public MergedEventTable(Store store) {
        this.store = store;
    }

    /** What one refresh did: how many windows it merged again, and how many merged events there are now. */
    public record Refresh(boolean changed, int windowsMerged, long events) {
    }

    /** The store change the rows are up to date with; -1 when they were never built (a store migrated to schema 5). */
    public long mergedAt() {
        return store.queryOne("SELECT value FROM counters WHERE name = 'merged'", rs -> rs.getLong(1)).orElse(-1L);
    }

    /** Whether events changed since the rows were merged (two indexed reads, no lock). */
    public boolean stale() {
        return mergedAt() != store.lastChange();
    }

    /**
     * Brings the merged rows up to date with the events, in one transaction: the first statement takes the write lock
     * (SQLite) or the counter's row (PostgreSQL), so two processes refreshing at once queue instead of both merging.
     */
    public Refresh refresh() {
        store.commit();
        store.update("UPDATE counters SET value = value WHERE name = 'merged'");
        long at = mergedAt();
        long change = store.lastChange();
        if (at == change) {
            store.commit();
            return new Refresh(false, 0, -1);
        }
        List<String> changed = at < 0 ? null : store.changedSince(at);
        boolean full = changed == null || changed.size() > FULL_REBUILD;

        TreeSet<String> days = new TreeSet<>();
        store.query("SELECT DISTINCT event_date FROM events WHERE event_date IS NOT NULL", rs -> days.add(rs.getString(1)));
        List<String[]> windows = MergedEvents.windowsOf(days);
        Set<String> current = new LinkedHashSet<>();
        windows.forEach(w -> current.add(key(w)));
        Set<String> stored = new HashSet<>();
        store.query("SELECT DISTINCT window_key FROM merged_events", rs -> stored.add(rs.getString(1)));

        // the windows to merge again: new ones, and those holding a changed document's events before or after
        Set<String> again = new LinkedHashSet<>();
        boolean undated = full;
        if (full) {
            again.addAll(current);
        } else {
            TreeSet<String> touched = new TreeSet<>();
            List<String[]> oldWindows = new ArrayList<>();
            for (String doc : changed) {
                store.query("SELECT event_date FROM events WHERE doc_id = ?", rs -> touched.add(rs.getString(1) == null ? UNDATED : rs.getString(1)), doc);
                store.query("SELECT DISTINCT window_key FROM merged_event_docs WHERE doc_id = ?", rs -> {
                    String k = rs.getString(1);
                    oldWindows.add(k.equals(UNDATED) ? null : k.split("/"));
                }, doc);
            }
            undated = touched.contains(UNDATED) || oldWindows.contains(null);
            touched.remove(UNDATED);
            for (String[] w : windows) {
                boolean hit = !stored.contains(key(w)) || !touched.subSet(w[0], true, w[1], true).isEmpty();
                for (String[] o : oldWindows) {
                    hit |= o != null && o[0].compareTo(w[1]) <= 0 && o[1].compareTo(w[0]) >= 0;
                }
                if (hit) {
                    again.add(key(w));
                }
            }
        }
        Set<String> drop = new HashSet<>(stored);
        drop.removeAll(current);
        drop.addAll(again);
        drop.remove(UNDATED);
        if (undated) {
            drop.add(UNDATED);
        }
        for (String k : drop) {
            store.update("DELETE FROM merged_events WHERE window_key = ?", k);
            store.update("DELETE FROM merged_event_docs WHERE window_key = ?", k);
        }
        if (undated) {
            List<Event> none = new ArrayList<>();
            store.query("SELECT json FROM events WHERE event_date IS NULL ORDER BY event_id", rs -> none.add(EventJson.read(rs.getString(1))));
            write(UNDATED, none);
        }
        for (String k : again) {
            String[] w = k.split("/");
            List<Event> in = new ArrayList<>();
            store.query("SELECT json FROM events WHERE event_date >= ? AND event_date <= ?", rs -> in.add(EventJson.read(rs.getString(1))), w[0], w[1]);
            write(k, new EventMerger().merge(in));
        }
        store.update("UPDATE counters SET value = ? WHERE name = 'merged'", change);
        long n = store.queryOne("SELECT COUNT(*) FROM merged_events", rs -> rs.getLong(1)).orElse(0L);
        store.commit();
        return new Refresh(true, again.size(), n);
    }

    private static String key(String[] window) {
        return window[0] + "/" + window[1];
    }

    private void write(String window, List<Event> events) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String week = null;
            if (e.eventDate() != null) {
                LocalDate d = LocalDate.parse(e.eventDate());
                week = String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            StringBuilder actors = new StringBuilder();
            for (String a : new String[] {e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2()}) {
                if (a != null) {
                    actors.append(a.toLowerCase(Locale.ROOT)).append('\n');
                }
            }
            store.update("INSERT INTO merged_events (window_key, ord, event_id, event_date, sort_date, event_week, event_type, country_key,"
                    + " actor1, actor2, actors, haystack, latitude, longitude, fatalities, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    window, i, e.eventId(), e.eventDate(), e.eventDate() == null ? "" : e.eventDate(), week, e.eventType(), e.country() == null ? null : e.country().toLowerCase(Locale.ROOT),
                    e.actor1(), e.actor2(), actors.toString(), haystack(e), e.latitude(), e.longitude(), e.fatalities(), EventJson.write(e));
            for (String doc : new LinkedHashSet<>(e.docIds())) {
                store.update("INSERT INTO merged_event_docs (window_key, ord, doc_id) VALUES (?,?,?)", window, i, doc);
            }
        }
    }

    /** The lower-cased text the {@code q} filter searches: place, notes, actors, sub-type and evidence. */
    static String haystack(Event e) {
        StringBuilder hay = new StringBuilder().append(e.location()).append(' ').append(e.notes()).append(' ')
                .append(e.actor1()).append(' ').append(e.actor2()).append(' ').append(e.subEventType());
        e.evidence().forEach(ev -> hay.append(' ').append(ev.text()));
        return hay.toString().toLowerCase(Locale.ROOT);
    }

    // ---- queries ----

    /** Filters on merged events; {@code null} fields match everything. bbox is {west, south, east, north}. */
    public record Filter(String dateFrom, String dateTo, String eventType, String actor, String country, double[] bbox,
                         Integer minFatalities, String text, String outlet) {
        public static final Filter ALL = new Filter(null, null, null, null, null, null, null, null, null);

        /** The SQL condition on {@code merged_events m} and its arguments (appended to {@code args}). */
        String where(List<Object> args) {
            StringBuilder w = new StringBuilder("1 = 1");
            if (dateFrom != null) {
                w.append(" AND m.event_date >= ?");
                args.add(dateFrom);
            }
            if (dateTo != null) {
                w.append(" AND m.event_date <= ?");
                args.add(dateTo);
            }
            if (eventType != null) {
                w.append(" AND m.event_type = ?");
                args.add(eventType);
            }
            if (country != null) {
                w.append(" AND m.country_key = ?");
                args.add(country.toLowerCase(Locale.ROOT));
            }
            if (actor != null) {
                w.append(" AND m.actors LIKE ? ESCAPE '\\'");
                args.add(contains(actor));
            }
            if (bbox != null) {
                w.append(" AND m.longitude >= ? AND m.latitude >= ? AND m.longitude <= ? AND m.latitude <= ?");
                args.add(bbox[0]);
                args.add(bbox[1]);
                args.add(bbox[2]);
                args.add(bbox[3]);
            }
            if (minFatalities != null) {
                w.append(" AND m.fatalities >= ?");
                args.add(minFatalities.longValue());
            }
            if (text != null) {
                w.append(" AND m.haystack LIKE ? ESCAPE '\\'");
                args.add(contains(text));
            }
            if (outlet != null) {
                w.append(" AND EXISTS (SELECT 1 FROM merged_event_docs d JOIN documents x ON x.doc_id = d.doc_id"
                        + " WHERE d.window_key = m.window_key AND d.ord = m.ord AND LOWER(x.source) = LOWER(?))");
                args.add(outlet);
            }
            return w.toString();
        }

        private static String contains(String s) {
            return "%" + s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }

    /**
     * The order of a page: by date or fatalities, ascending or (with '-') descending; ties keep the merged order (one date
     * lies in one window, so among events of a date that is their order in the window).
     */
    private static String orderBy(String sort, String table) {
        String tie = ", " + table + ".window_key, " + table + ".ord";
        return switch (sort) {
            case "date" -> table + ".sort_date, " + table + ".ord";
            case "-date" -> table + ".sort_date DESC, " + table + ".ord";
            case "fatalities" -> "COALESCE(" + table + ".fatalities, 0)" + tie;
            case "-fatalities" -> "COALESCE(" + table + ".fatalities, 0) DESC" + tie;
            default -> throw new IllegalArgumentException("unknown sort '" + sort + "' (date, -date, fatalities, -fatalities)");
        };
    }

    /** How many merged events match. */
    public long count(Filter f) {
        List<Object> args = new ArrayList<>();
        String where = f.where(args);
        return store.queryOne("SELECT COUNT(*) FROM merged_events m WHERE " + where, rs -> rs.getLong(1), args.toArray()).orElse(0L);
    }

    /** One page of the merged events that match, in the order asked for. */
    public List<Event> page(Filter f, String sort, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = f.where(args);
        args.add(limit);
        args.add(offset);
        List<Event> out = new ArrayList<>();
        // the page's keys first, from the indexes; only its own rows' JSON is read (a sort never carries every row's JSON)
        store.query("SELECT e.json FROM (SELECT m.window_key, m.ord, m.sort_date, m.fatalities FROM merged_events m WHERE " + where
                + " ORDER BY " + orderBy(sort, "m") + " LIMIT ? OFFSET ?) p JOIN merged_events e ON e.window_key = p.window_key AND e.ord = p.ord"
                + " ORDER BY " + orderBy(sort, "p"), rs -> out.add(EventJson.read(rs.getString(1))), args.toArray());
        return out;
    }

    /** Every merged event that matches, in the merged order (undated first, then by date window). */
    public List<Event> all(Filter f) {
        List<Object> args = new ArrayList<>();
        String where = f.where(args);
        List<Event> out = new ArrayList<>();
        store.query("SELECT m.json FROM merged_events m WHERE " + where + " ORDER BY m.window_key, m.ord",
                rs -> out.add(EventJson.read(rs.getString(1))), args.toArray());
        return out;
    }

    /** The first merged event with this id, in the merged order. */
    public java.util.Optional<Event> byId(String eventId) {
        return store.queryOne("SELECT json FROM merged_events WHERE event_id = ? ORDER BY window_key, ord",
                rs -> EventJson.read(rs.getString(1)), eventId);
    }

    /** Events and fatalities per day, ISO week (2017-W21), month (2017-05) or year (2017) of the dated events that match. */
    public List<Map<String, Object>> timeline(Filter f, String interval) {
        String bucket = switch (interval) {
            case "day" -> "m.event_date";
            case "week" -> "m.event_week";
            case "month" -> "SUBSTR(m.event_date, 1, 7)";
            case "year" -> "SUBSTR(m.event_date, 1, 4)";
            default -> throw new IllegalArgumentException("unknown interval '" + interval + "' (day, week, month, year)");
        };
        List<Object> args = new ArrayList<>();
        String where = f.where(args);
        List<Map<String, Object>> out = new ArrayList<>();
        store.query("SELECT " + bucket + " AS period, COUNT(*), SUM(COALESCE(m.fatalities, 0)) FROM merged_events m WHERE m.event_date IS NOT NULL AND "
                + where + " GROUP BY " + bucket + " ORDER BY " + bucket,
                rs -> out.add(count("period", rs.getString(1), rs.getLong(2), rs.getLong(3))), args.toArray());
        return out;
    }

    /** Per actor (actor 1 or 2) of the events that match: events and fatalities, most events first, then by name. */
    public List<Map<String, Object>> actors(Filter f) {
        List<Object> args = new ArrayList<>();
        String where = f.where(args);
        List<Object> both = new ArrayList<>(args);
        both.addAll(args);
        Map<String, long[]> counts = new TreeMap<>();
        store.query("SELECT a.actor, COUNT(*), SUM(a.f) FROM (SELECT m.actor1 AS actor, COALESCE(m.fatalities, 0) AS f FROM merged_events m"
                + " WHERE m.actor1 IS NOT NULL AND " + where + " UNION ALL SELECT m.actor2 AS actor, COALESCE(m.fatalities, 0) AS f"
                + " FROM merged_events m WHERE m.actor2 IS NOT NULL AND " + where + ") a GROUP BY a.actor",
                rs -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}), both.toArray());
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(count("actor", k, v[0], v[1])));
        out.sort((a, b) -> Long.compare((Long) b.get("events"), (Long) a.get("events")));
        return out;
    }

    /** One row of a timeline or an actor list: {name: key, events, fatalities}, in that order. */
    private static Map<String, Object> count(String name, String key, long events, long fatalities) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(name, key);
        row.put("events", events);
        row.put("fatalities", fatalities);
        return row;
    }
}
