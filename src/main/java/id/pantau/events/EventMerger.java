package id.pantau.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One event from many reports: events of different articles that describe the same happening
 * (same type family, within {@value #KM} km, dates within {@value #DAYS} days — {@value #LOOSE_DAYS}
 * when a date is only known to the week — no contradicting actors) merge into one that lists every document and every claim, so that conflicting figures
 * from different outlets sit side by side. Figures are recomputed by the conservative rule.
 */
public final class EventMerger {
    static final double KM = 25;
    static final int DAYS = 2;
    static final int LOOSE_DAYS = 7;
    /**
     * The widest gap in days over which two reports can merge: events on either side of a longer gap between
     * consecutive event days never meet, so such gaps cut a corpus into windows that merge independently
     * (and in parallel) with the same result as one merge of everything.
     */
    public static final int WINDOW_DAYS = LOOSE_DAYS;
    static final double SAME_SPOT_KM = 10;

    private static boolean precise(Event e) {
        return e.timePrecision() != null && e.timePrecision() == 1;
    }

    public List<Event> merge(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Event e) -> e.eventDate() == null ? "" : e.eventDate()).thenComparing(Event::eventId));
        List<List<Event>> groups = new ArrayList<>();
        // events come in date order, and a group takes an event only when every member is within a week of it:
        // only the groups whose latest report is that recent are searched (linear in the events, not quadratic)
        List<List<Event>> open = new ArrayList<>();
        for (Event e : sorted) {
            if (e.eventDate() == null) {
                groups.add(new ArrayList<>(List.of(e))); // no date: nothing can be said to tell the same happening
                continue;
            }
            long day = LocalDate.parse(e.eventDate()).toEpochDay();
            open.removeIf(g -> LocalDate.parse(g.get(g.size() - 1).eventDate()).toEpochDay() < day - LOOSE_DAYS);
            List<Event> home = null;
            for (List<Event> g : open) {
                if (g.stream().allMatch(x -> same(x, e))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
                open.add(home);
            }
            home.add(e);
        }
        List<Event> out = new ArrayList<>();
        for (List<Event> g : groups) {
            out.add(g.size() == 1 ? g.get(0) : combine(g));
        }
        return out;
    }

    static boolean same(Event a, Event b) {
        if (a.docIds().stream().anyMatch(b.docIds()::contains) && a.docIds().size() == 1 && b.docIds().size() == 1) {
            return false; // one article's separate events stay separate
        }
        if (!family(a.eventType()).equals(family(b.eventType()))) {
            return false;
        }
        if (a.latitude() == null || b.latitude() == null || km(a, b) > KM) {
            return false;
        }
        // a date only known to the week (the article gave none, so its publication day stands in)
        // may be a few days after the event it recalls
        int days = precise(a) && precise(b) ? DAYS : LOOSE_DAYS;
        if (a.eventDate() == null || b.eventDate() == null) {
            return false; // a report with no date cannot be said to tell the same happening
        }
        if (Math.abs(LocalDate.parse(a.eventDate()).toEpochDay() - LocalDate.parse(b.eventDate()).toEpochDay()) > days) {
            return false;
        }
        if (compatible(a.actor1(), b.actor1(), b.actor2()) && compatible(a.actor2(), b.actor2(), b.actor1())) {
            return true;
        }
        // reports that disagree on who did it still tell one happening when they agree on what, where (within
        // {@value #SAME_SPOT_KM} km) and on which day: one outlet's "polisi" and another's "ISIS" at one bombing
        boolean sameSpotAndKind = km(a, b) <= SAME_SPOT_KM && a.subEventType() != null && a.subEventType().equals(b.subEventType());
        if (precise(a) && precise(b)) {
            return sameSpotAndKind && a.eventDate().equals(b.eventDate());
        }
        // a follow-up that gives no day of its own ("pelaku bom bunuh diri dalam konser Ariana Grande", dated no later
        // than the day a source spoke) tells the same happening as a dated report of that kind at that spot before it
        Event exact = precise(a) ? a : precise(b) ? b : null;
        Event loose = exact == a ? b : a;
        return sameSpotAndKind && exact != null && !LocalDate.parse(loose.eventDate()).isBefore(LocalDate.parse(exact.eventDate()));
    }


    /** No contradiction: a side one report leaves open or calls unidentified may be the side another names. */
    private static boolean compatible(String x, String y, String other) {
        return x == null || y == null || x.equals(y) || x.equals(other) || x.startsWith("Unidentified") || y.startsWith("Unidentified");
    }

    private static String family(String type) {
        return switch (type) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "violence";
            default -> type;
        };
    }

    private static double km(Event a, Event b) {
        double p1 = Math.toRadians(a.latitude()), p2 = Math.toRadians(b.latitude());
        double dp = p2 - p1, dl = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static Event combine(List<Event> g) {
        Event first = g.get(0);
        Event best = g.stream().min(Comparator.comparingInt((Event e) -> e.geoPrecision() == null ? 9 : e.geoPrecision())
                .thenComparingInt(e -> e.timePrecision() == null ? 9 : e.timePrecision())).orElseThrow();
        String date = g.stream().filter(EventMerger::precise).map(Event::eventDate).filter(d -> d != null).min(String::compareTo)
                .orElse(g.stream().map(Event::eventDate).filter(d -> d != null).min(String::compareTo).orElse(null));
        List<Claim> claims = new ArrayList<>();
        Set<String> docs = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Event e : g) {
            claims.addAll(e.claims());
            docs.addAll(e.docIds());
            evidence.addAll(e.evidence());
        }
        // a side one report names wins over one another leaves unidentified
        Comparator<String> named = Comparator.comparing((String a) -> a.startsWith("Unidentified"));
        String a1 = g.stream().map(Event::actor1).filter(a -> a != null).min(named).orElse(null);
        String a2 = g.stream().map(Event::actor2).filter(a -> a != null).min(named).orElse(null);
        return new Event(first.eventId(), best.eventType(), best.subEventType(), date, best.timePrecision(), a1,
                first.assocActor1(), a2, first.assocActor2(), best.country(), best.admin1(), best.admin2(), best.admin3(), best.location(), best.latitude(),
                best.longitude(), best.geoPrecision(), best.geonamesId(), EventAssembler.conservative(claims, "killed"),
                EventAssembler.conservative(claims, "injured"), EventAssembler.conservative(claims, "displaced"),
                EventAssembler.conservative(claims, "captured"), claims, List.copyOf(docs), evidence,
                "merged from " + docs.size() + " reports; " + best.notes());
    }
}
