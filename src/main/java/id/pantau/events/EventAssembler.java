package id.pantau.events;

import id.pantau.actors.Actor;
import id.pantau.geo.Gazetteer;
import id.pantau.geo.Place;
import id.pantau.geo.PlaceMention;
import id.pantau.nlp.DateMention;
import id.pantau.pipeline.Hashes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one article's event mentions into events: mentions of one kind of event at one place
 * merge; the type comes from the strongest trigger, actors from the first mention that names
 * them (else the article's most-named armed actors on opposing sides), the date from the earliest
 * day named, and each casualty figure by the guide's conservative rule (the smallest specific
 * figure; vague ones only when nothing specific was said).
 */
final class EventAssembler {
    static final double SAME_PLACE_KM = 25;
    private final Gazetteer gazetteer;

    EventAssembler(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Same place: the same entry, within {@value #SAME_PLACE_KM} km, or a region and a place inside it. */
    static boolean near(Place a, Place b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.id().equals(b.id()) || a.kmTo(b.lat(), b.lon()) <= SAME_PLACE_KM) {
            return true;
        }
        boolean sameRegion = a.country().equals(b.country()) && a.admin1().equals(b.admin1()) && !a.admin1().isEmpty();
        return sameRegion && (a.isRegion() || b.isRegion());
    }

    List<Event> assemble(String docId, List<EventCoder.Mention> mentions, List<Actor> docActors, List<DateMention> docDates,
                         LocalDate published) {
        List<List<EventCoder.Mention>> groups = new ArrayList<>();
        List<EventCoder.Mention> placeless = new ArrayList<>();
        EventCoder.Mention previous = null;
        List<EventCoder.Mention> previousGroup = null;
        for (EventCoder.Mention m : mentions) {
            boolean continuation = m.roles().actor1() == null && m.roles().actor2() == null && !m.separate();
            if (m.place() == null) {
                if (continuation && previousGroup != null && previous != null && m.sentence() - previous.sentence() <= 3) {
                    previousGroup.add(m);
                } else {
                    placeless.add(m);
                }
                continue;
            }
            List<EventCoder.Mention> target = null;
            for (List<EventCoder.Mention> g : m.separate() ? List.<List<EventCoder.Mention>>of() : groups) {
                EventCoder.Mention head = g.stream().filter(x -> x.place() != null).findFirst().orElseThrow();
                if (near(head.place().place(), m.place().place()) && sameFamily(head, m)) {
                    target = g;
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                groups.add(target);
                // a placeless mention just before (same kind) describes this event
                for (EventCoder.Mention p : List.copyOf(placeless)) {
                    if (m.sentence() - p.sentence() <= 2 && p.sentence() < m.sentence() && sameFamily(p, m)) {
                        target.add(p);
                        placeless.remove(p);
                    }
                }
            }
            target.add(m);
            previous = m;
            previousGroup = target;
        }
        // figures told in a sentence of their own ("Itu juga menangkap 157 pejuang asing") belong to
        // the event told just before
        for (EventCoder.Mention p : placeless) {
            if (p.claims().isEmpty()) {
                continue;
            }
            List<EventCoder.Mention> host = null;
            int best = Integer.MAX_VALUE;
            for (List<EventCoder.Mention> g : groups) {
                for (EventCoder.Mention x : g) {
                    int d = p.sentence() - x.sentence();
                    int cost = d >= 0 ? d : 3 * -d;
                    if (cost < best && (d >= 0 ? d <= 6 : -d <= 2)) {
                        best = cost;
                        host = g;
                    }
                }
            }
            if (host != null) {
                host.add(new EventCoder.Mention(p.sentence(), p.span(), host.get(0).trigger(), host.get(0).triggerSpan(), null,
                        p.date(), new ActorRoles.Roles(null, List.of(), null, List.of()), p.claims(), p.lead(), false));
            }
        }
        List<Event> out = new ArrayList<>();
        for (List<EventCoder.Mention> g : groups) {
            out.add(build(docId, g, docActors, docDates, published, out.size()));
        }
        return out;
    }

    private static boolean sameFamily(EventCoder.Mention a, EventCoder.Mention b) {
        String x = a.trigger().eventType(), y = b.trigger().eventType();
        return x.equals(y) || (x.equals("Battles") || y.equals("Battles")) && (isViolent(x) && isViolent(y));
    }

    private static boolean isViolent(String type) {
        return type.equals("Battles") || type.equals("Explosions/Remote violence") || type.equals("Violence against civilians");
    }

    private Event build(String docId, List<EventCoder.Mention> g, List<Actor> docActors, List<DateMention> docDates,
                        LocalDate published, int index) {
        g.sort(Comparator.comparingInt(EventCoder.Mention::sentence));
        EventCoder.Mention strongest = g.stream().max(Comparator.comparingInt(m -> m.trigger().priority())).orElseThrow();
        EventCoder.Mention located = g.stream().filter(m -> m.place() != null)
                .min(Comparator.comparingInt((EventCoder.Mention m) -> m.place().place().isRegion() ? 1 : 0)
                        .thenComparingInt(EventCoder.Mention::sentence)).orElseThrow();
        // actors: the first mention naming an initiator, then fill from the article
        Actor a1 = null, a2 = null;
        Set<Actor> assoc1 = new LinkedHashSet<>(), assoc2 = new LinkedHashSet<>();
        for (EventCoder.Mention m : g) {
            if (a1 == null && m.roles().actor1() != null) {
                a1 = m.roles().actor1();
                assoc1.addAll(m.roles().assoc1());
                if (m.roles().actor2() != null) {
                    a2 = m.roles().actor2();
                    assoc2.addAll(m.roles().assoc2());
                }
            }
        }
        for (EventCoder.Mention m : g) {
            Actor other = m.roles().actor2();
            if (a2 == null && other != null && other.isArmed() && (a1 == null || !ActorRoles.sameSide(a1, other))) {
                a2 = other;
            }
        }
        boolean civiliansTargeted = strongest.roles().actor2() != null && !strongest.roles().actor2().isArmed();
        for (Actor d : docActors) {
            if (a1 == null && (a2 == null || !ActorRoles.sameSide(a2, d))) {
                a1 = d;
            } else if (a2 == null && a1 != null && !ActorRoles.sameSide(a1, d) && !strongest.trigger().eventType().equals("Explosions/Remote violence")) {
                a2 = d;
            }
        }
        String type = strongest.trigger().eventType();
        String sub = strongest.trigger().subEventType();
        if (sub.equals("TERRITORY")) {
            sub = a1 != null && ActorRoles.isGovernmentSide(a1) ? "Government regains territory" : "Non-state actor overtakes territory";
        }
        if (type.equals("Battles") && sub.equals("Armed clash") && civiliansTargeted) {
            type = "Violence against civilians";
            sub = "Attack";
        } else if (type.equals("Violence against civilians") && a2 != null && a2.isArmed() && a1 != null && a1.isArmed()
                && !sub.startsWith("Abduction")) {
            type = "Battles";
            sub = "Armed clash";
        }
        // date: the earliest precise day named in the event's sentences, else in the lead, else publication
        DateMention date = g.stream().map(EventCoder.Mention::date).filter(d -> d != null)
                .min(Comparator.comparingInt(DateMention::precision).thenComparing(DateMention::date)).orElse(null);
        if (date == null && g.get(0).lead() && !docDates.isEmpty()) {
            date = docDates.get(0);
        }
        String eventDate = date != null ? date.date().toString() : published != null ? published.toString() : null;
        Integer precision = date != null ? Integer.valueOf(date.precision()) : published != null ? Integer.valueOf(2) : null;

        List<Claim> claims = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EventCoder.Mention m : g) {
            for (Claim c : m.claims()) {
                if (seen.add(c.kind() + "|" + c.value() + "|" + c.claimant())) {
                    claims.add(c);
                }
            }
        }
        List<Evidence> evidence = g.stream().map(m -> new Evidence(docId, m.span().start(), m.span().end(), m.span().text()))
                .distinct().toList();
        PlaceMention pm = located.place();
        Place p = pm.place();
        Place country = gazetteer.country(p.country());
        Place region = gazetteer.byId("A" + p.country() + "." + p.admin1());
        String notes = "trigger \"" + strongest.triggerSpan().text() + "\"; place \"" + pm.span().text() + "\""
                + (pm.precision() == 2 ? " (near)" : "");
        String countryName = country == null ? p.country() : country.name();
        String actor1 = localize(a1, p.country(), countryName);
        if (actor1 == null && (type.equals("Battles") || type.equals("Explosions/Remote violence")
                || type.equals("Violence against civilians"))) {
            actor1 = "Unidentified Armed Group (" + countryName + ")"; // ACLED's name for attackers nobody identifies
        }
        return new Event("PNT-" + Hashes.sha256(docId, String.valueOf(index)).substring(0, 12), type, sub, eventDate, precision,
                actor1, names(assoc1), localize(a2, p.country(), countryName), names(assoc2), countryName,
                region == null ? (p.admin1().isEmpty() ? null : p.admin1()) : region.name(), p.name(), p.lat(), p.lon(),
                pm.precision(), p.geonamesId(), conservative(claims, "killed"), conservative(claims, "injured"),
                conservative(claims, "displaced"), conservative(claims, "captured"), claims, List.of(docId), evidence, notes);
    }

    /** The guide's rule: the smallest specific figure; vague figures only when there is no specific one. */
    static Long conservative(List<Claim> claims, String kind) {
        List<Claim> of = claims.stream().filter(c -> c.kind().equals(kind)).toList();
        if (of.isEmpty()) {
            return null;
        }
        List<Claim> specific = of.stream().filter(c -> !c.approximate()).toList();
        return (specific.isEmpty() ? of : specific).stream().mapToLong(Claim::value).min().getAsLong();
    }

    /**
     * Generic words ("polisi", "tentara", "pemberontak", "militan") name the forces of the country
     * where the event happened: Indonesian police words in a Dutch story are the Dutch police.
     */
    static String localize(Actor a, String iso2, String countryName) {
        if (a == null) {
            return null;
        }
        if (a.name().equals("Government forces")) {
            return "Military Forces of " + countryName;
        }
        if (a.name().equals("Rebels (Syria)") && !iso2.equals("SY")) {
            return "Rebels (" + countryName + ")";
        }
        if (a.country().equals("ID") && !iso2.equals("ID") && (a.type().equals("police") || a.type().equals("state"))) {
            return (a.type().equals("police") ? "Police Forces of " : "Military Forces of ") + countryName;
        }
        return a.name();
    }

    private static String names(Set<Actor> as) {
        return as.isEmpty() ? null : as.stream().map(Actor::name).collect(Collectors.joining("; "));
    }
}
