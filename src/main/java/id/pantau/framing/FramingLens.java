package id.pantau.framing;

import id.pantau.actors.ActorDictionary;
import id.pantau.actors.ActorMention;
import id.pantau.events.Claim;
import id.pantau.events.Event;
import id.pantau.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The framing lens: per actor and outlet, the labels the outlet's articles wrap around the actor (counts, stance,
 * example spans, the share of delegitimising and sympathetic labels); per outlet, the claimants its articles cite;
 * and, for events reported by several outlets, each outlet's figures side by side. Read from the store's labels
 * and the merged events; the API, the CLI and the dashboard all show this one report.
 */
public final class FramingLens {
    /** How many example spans each label keeps. */
    static final int EXAMPLES = 3;

    /** What to look at: an actor (canonical name, alias or part of a name), an outlet, a range of publication days; null: all. */
    public record Query(String actor, String outlet, String dateFrom, String dateTo) {
    }

    public record Example(String docId, String surface, String mention, String context) {
    }

    public record LabelCount(String label, String stance, long count, List<Example> examples) {
    }

    public record OutletLabels(String outlet, long documents, long labels, double delegitimisingShare, double sympatheticShare,
                               List<LabelCount> counts) {
    }

    public record ActorFraming(String actor, long labels, List<OutletLabels> outlets) {
    }

    public record ClaimantCount(String claimant, long claims) {
    }

    public record OutletClaimants(String outlet, long claims, List<ClaimantCount> claimants) {
    }

    public record OutletFigures(String outlet, List<Map<String, Object>> claims) {
    }

    public record EventFigures(String eventId, String eventDate, String eventType, String location, String actor1, String actor2,
                               List<OutletFigures> outlets) {
    }

    public record Report(Query query, List<String> actors, List<ActorFraming> framing, List<OutletClaimants> claimants,
                         List<EventFigures> figures) {
    }

    private final Store store;

    public FramingLens(Store store) {
        this.store = store;
    }

    /** The canonical actors a query's actor names: an exact canonical name, an alias ("KKB"), or part of a name ("ISIS"). */
    public List<String> resolveActor(String actor) {
        return resolveActor(actor, store.labelledActors().keySet());
    }

    /** The same, among the actors {@code known} to have labels (null for no actor named: all). */
    public List<String> resolveActor(String actor, Set<String> known) {
        if (actor == null || actor.isBlank()) {
            return null;
        }
        String q = actor.strip();
        for (String k : known) {
            if (k.equalsIgnoreCase(q)) {
                return List.of(k);
            }
        }
        for (ActorMention m : ActorDictionary.standard().actors(q)) {
            if (m.span().start() == 0 && m.span().end() == q.length()) {
                return List.of(m.actor().name());
            }
        }
        List<String> out = new ArrayList<>();
        for (String k : known) {
            if (k.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT))) {
                out.add(k);
            }
        }
        return out;
    }

    public Report report(Query q, List<Event> merged) {
        return report(q, resolveActor(q.actor()), merged);
    }

    /** The report for actors already resolved from the query's actor ({@link #resolveActor}; null: all). */
    public Report report(Query q, List<String> actors, List<Event> merged) {
        // actor -> outlet -> label -> counts and examples
        Map<String, Map<String, Map<String, long[]>>> counts = new TreeMap<>();
        Map<String, Map<String, Map<String, List<Example>>>> examples = new TreeMap<>();
        Map<String, Map<String, Set<String>>> docs = new TreeMap<>();
        Map<String, String> stanceOf = new TreeMap<>();
        Set<String> docIds = new java.util.HashSet<>();
        store.forEachLabel(actors, q.outlet(), q.dateFrom(), q.dateTo(), l -> {
            ActorLabel a = l.label();
            docIds.add(l.docId());
            stanceOf.put(a.label(), a.stance().label());
            counts.computeIfAbsent(a.actor(), k -> new TreeMap<>()).computeIfAbsent(l.outlet(), k -> new TreeMap<>())
                    .computeIfAbsent(a.label(), k -> new long[1])[0]++;
            docs.computeIfAbsent(a.actor(), k -> new TreeMap<>()).computeIfAbsent(l.outlet(), k -> new LinkedHashSet<>()).add(l.docId());
            List<Example> ex = examples.computeIfAbsent(a.actor(), k -> new TreeMap<>()).computeIfAbsent(l.outlet(), k -> new TreeMap<>())
                    .computeIfAbsent(a.label(), k -> new ArrayList<>());
            if (ex.size() < EXAMPLES) {
                ex.add(new Example(l.docId(), a.surface(), a.mention(), a.context()));
            }
        });
        List<ActorFraming> framing = new ArrayList<>();
        counts.forEach((actor, byOutlet) -> {
            List<OutletLabels> outlets = new ArrayList<>();
            long total = 0;
            for (var o : byOutlet.entrySet()) {
                long n = 0, del = 0, sym = 0;
                List<LabelCount> lc = new ArrayList<>();
                for (var e : o.getValue().entrySet()) {
                    long c = e.getValue()[0];
                    String stance = stanceOf.get(e.getKey());
                    n += c;
                    del += stance.equals("delegitimising") ? c : 0;
                    sym += stance.equals("sympathetic") ? c : 0;
                    lc.add(new LabelCount(e.getKey(), stance, c, List.copyOf(examples.get(actor).get(o.getKey()).get(e.getKey()))));
                }
                lc.sort(Comparator.comparingLong(LabelCount::count).reversed().thenComparing(LabelCount::label));
                outlets.add(new OutletLabels(o.getKey(), docs.get(actor).get(o.getKey()).size(), n, round(del, n), round(sym, n), List.copyOf(lc)));
                total += n;
            }
            outlets.sort(Comparator.comparingLong(OutletLabels::labels).reversed().thenComparing(OutletLabels::outlet));
            framing.add(new ActorFraming(actor, total, List.copyOf(outlets)));
        });
        framing.sort(Comparator.comparingLong(ActorFraming::labels).reversed().thenComparing(ActorFraming::actor));
        List<Event> events = merged.stream().filter(e -> inQuery(e, q, actors)).toList();
        return new Report(q, actors == null ? List.of() : actors, List.copyOf(framing), claimants(events, q), figures(events));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

    /** The report as JSON-ready maps with the API's snake_case field names. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(Report r) {
        return JSON.convertValue(r, Map.class);
    }

    private static double round(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static boolean inQuery(Event e, Query q, List<String> actors) {
        if (q.dateFrom() != null && (e.eventDate() == null || e.eventDate().compareTo(q.dateFrom()) < 0)) {
            return false;
        }
        if (q.dateTo() != null && (e.eventDate() == null || e.eventDate().compareTo(q.dateTo()) > 0)) {
            return false;
        }
        return actors == null || actors.stream().anyMatch(a -> a.equals(e.actor1()) || a.equals(e.actor2())
                || a.equals(e.assocActor1()) || a.equals(e.assocActor2()));
    }

    /** "Police Forces of Iraq (pejabat keamanan Irak)" is counted under "Police Forces of Iraq"; a plain name under itself. */
    static String claimantKey(String claimant) {
        int p = claimant.indexOf(" (");
        return p > 0 && claimant.endsWith(")") ? claimant.substring(0, p) : claimant;
    }

    private List<OutletClaimants> claimants(List<Event> events, Query q) {
        Set<String> ids = new java.util.HashSet<>();
        for (Event e : events) {
            for (Claim c : e.claims()) {
                ids.add(c.docId());
            }
        }
        Map<String, String[]> outlets = store.outletsOf(ids);
        Map<String, Map<String, long[]>> by = new TreeMap<>();
        for (Event e : events) {
            for (Claim c : e.claims()) {
                String[] o = outlets.get(c.docId());
                String outlet = o == null ? "(unknown)" : o[0];
                if (q.outlet() != null && !outlet.equalsIgnoreCase(q.outlet())) {
                    continue;
                }
                String who = c.claimant() == null || c.claimant().isBlank() ? "(no claimant named)" : claimantKey(c.claimant());
                by.computeIfAbsent(outlet, k -> new TreeMap<>()).computeIfAbsent(who, k -> new long[1])[0]++;
            }
        }
        List<OutletClaimants> out = new ArrayList<>();
        by.forEach((outlet, m) -> {
            List<ClaimantCount> cs = new ArrayList<>();
            m.forEach((k, v) -> cs.add(new ClaimantCount(k, v[0])));
            cs.sort(Comparator.comparingLong(ClaimantCount::claims).reversed().thenComparing(ClaimantCount::claimant));
            out.add(new OutletClaimants(outlet, cs.stream().mapToLong(ClaimantCount::claims).sum(), List.copyOf(cs)));
        });
        out.sort(Comparator.comparingLong(OutletClaimants::claims).reversed().thenComparing(OutletClaimants::outlet));
        return List.copyOf(out);
    }

    /** Events whose claims come from two or more outlets, with each outlet's figures. */
    private List<EventFigures> figures(List<Event> events) {
        Set<String> ids = new java.util.HashSet<>();
        for (Event e : events) {
            if (e.docIds().size() > 1) {
                ids.addAll(e.docIds());
            }
        }
        Map<String, String[]> outlets = store.outletsOf(ids);
        List<EventFigures> out = new ArrayList<>();
        for (Event e : events) {
            if (e.docIds().size() < 2) {
                continue;
            }
            Map<String, List<Map<String, Object>>> byOutlet = new TreeMap<>();
            for (Claim c : e.claims()) {
                String[] o = outlets.get(c.docId());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", c.kind());
                m.put("value", c.value());
                m.put("claimant", c.claimant());
                m.put("doc_id", c.docId());
                byOutlet.computeIfAbsent(o == null ? "(unknown)" : o[0], k -> new ArrayList<>()).add(m);
            }
            if (byOutlet.size() < 2) {
                continue;
            }
            List<OutletFigures> of = new ArrayList<>();
            byOutlet.forEach((k, v) -> of.add(new OutletFigures(k, List.copyOf(v))));
            out.add(new EventFigures(e.eventId(), e.eventDate(), e.eventType(), e.location(), e.actor1(), e.actor2(), List.copyOf(of)));
        }
        return List.copyOf(out);
    }

    /** The labels each outlet used, in the documents of one event, for the event's actors: outlet -> actor -> label -> count. */
    public List<Map<String, Object>> ofEvent(Event e) {
        Set<String> actors = new LinkedHashSet<>();
        for (String a : new String[] {e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2()}) {
            if (a != null && !a.isBlank()) {
                actors.add(a);
            }
        }
        Map<String, Map<String, Map<String, Object[]>>> by = new TreeMap<>();
        store.forEachLabelOf(e.docIds(), l -> {
            if (actors.contains(l.label().actor())) {
                Object[] c = by.computeIfAbsent(l.outlet(), k -> new TreeMap<>()).computeIfAbsent(l.label().actor(), k -> new TreeMap<>())
                        .computeIfAbsent(l.label().label(), k -> new Object[] {l.label().stance().label(), 0L});
                c[1] = (Long) c[1] + 1;
            }
        });
        List<Map<String, Object>> out = new ArrayList<>();
        by.forEach((outlet, m) -> m.forEach((actor, labels) -> labels.forEach((label, c) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("outlet", outlet);
            row.put("actor", actor);
            row.put("label", label);
            row.put("stance", c[0]);
            row.put("count", c[1]);
            out.add(row);
        })));
        return out;
    }
}
