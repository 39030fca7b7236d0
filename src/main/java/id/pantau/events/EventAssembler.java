package id.pantau.events;

import id.pantau.actors.Actor;
import id.pantau.geo.Gazetteer;
import id.pantau.geo.Place;
import id.pantau.geo.PlaceKind;
import id.pantau.geo.PlaceMention;
import id.pantau.nlp.DateMention;
import id.pantau.nlp.Span;
import id.pantau.pipeline.Hashes;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one article's mentions into events.
 *
 * <p>Segmentation: a mention with a place joins the event of the same kind at the same place (within
 * {@value #SAME_PLACE_KM} km, or a region and a town in it) whose dates agree (explicit days at most
 * {@value #SAME_DAYS} days apart); otherwise it starts a new event. A mention without a place joins
 * the event told just before it (or, in the lead, the first one told after it); a recalled mention
 * without a place or day of its own is background and is dropped. A mention that names only a
 * country becomes a country-level event when the article names no finer place in that country.
 *
 * <p>Fields: the type by the strongest trigger among the event's mentions (crowds and bombs decided
 * per sentence by {@link MentionReader}); the date by the most precise, earliest day named (else the
 * publication date, precision 2); actors by voice, else the article's most-named armed actors; the
 * figures by the guide's conservative rule over this article's own claims.
 */
final class EventAssembler {
    static final double SAME_PLACE_KM = 25;
    static final int SAME_DAYS = 2;
    private final Gazetteer gazetteer;
    private final ArticlePlaces places;

    EventAssembler(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.places = new ArticlePlaces(gazetteer, this::near);
    }

    PlaceMention mainPlaceOf(EventCoder.DocumentAnalysis doc) {
        return places.main(doc);
    }

    /** Same place: within {@value #SAME_PLACE_KM} km, or a region (or country) and a place inside it. */
    boolean near(Place a, Place b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.index() == b.index() || a.kmTo(b) <= SAME_PLACE_KM) {
            return true;
        }
        if (!a.country().equals(b.country())) {
            return false;
        }
        if (a.isCountry() || b.isCountry()) {
            return true;
        }
        if ((a.kind() == PlaceKind.ISLAND || b.kind() == PlaceKind.ISLAND) && a.kmTo(b) < 300) {
            return true; // "Marawi" and "wilayah Mindanao": a town on the island the article names
        }
        boolean aArea = a.kind() == PlaceKind.ADMIN1 || a.kind() == PlaceKind.ADMIN2;
        boolean bArea = b.kind() == PlaceKind.ADMIN1 || b.kind() == PlaceKind.ADMIN2;
        if (aArea && (gazetteer.within(b.index(), a.index()) || a.kind() == PlaceKind.ADMIN1 && a.admin1().equals(b.admin1())
                || a.kind() == PlaceKind.ADMIN2 && a.kmTo(b) < 60)) {
            return true;
        }
        return bArea && (gazetteer.within(a.index(), b.index()) || b.kind() == PlaceKind.ADMIN1 && a.admin1().equals(b.admin1())
                || b.kind() == PlaceKind.ADMIN2 && a.kmTo(b) < 60);
    }

    List<Event> assemble(EventCoder.DocumentAnalysis doc, List<Mention> mentions) {
        mentions = splitDeathsFromArrests(mentions);
        List<EventGroup> groups = new ArrayList<>();
        List<Mention> placeless = new ArrayList<>();
        List<Mention> figuresOnly = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.trigger() == null) {
                figuresOnly.add(m);
                continue;
            }
            if (m.place() == null || m.place().place().isCountry()) {
                placeless.add(m);
                continue;
            }
            EventGroup home = null;
            if (!m.separate()) {
                // an event of its own type before one it is merely compatible with: "Pemboman ... yang menewaskan 250 orang
                // itu" belongs with the Easter bombing told before at Negombo, not with the riot there
                home = groups.stream().filter(g -> compatible(g, m) && m.eventType().equals(g.head.eventType())).findFirst()
                        .orElseGet(() -> groups.stream().filter(g -> compatible(g, m)).findFirst().orElse(null));
            }
            if (home == null) {
                groups.add(new EventGroup(m));
            } else {
                home.mentions.add(m);
                if (MentionPlaces.rank(m.place()) < MentionPlaces.rank(home.head.place())
                        || MentionPlaces.rank(m.place()) == MentionPlaces.rank(home.head.place()) && m.place().precision() < home.head.place().precision()) {
                    home.head = m; // the most specific place named for the event
                }
            }
        }
        // mentions without a place of their own: the event told around them, else the country
        List<Mention> countryOnly = new ArrayList<>();
        for (Mention m : placeless) {
            EventGroup host = hostFor(groups, m);
            EventGroup riot = host == null ? RiotRules.riotBefore(groups, m) : null;
            if (host != null) {
                host.mentions.add(m);
            } else if (riot != null) {
                // "Polisi menangkap 20 orang terduga pelaku pembakaran tersebut": the riot's arrested, told right after it
                riot.mentions.add(m.figuresOnly(m.claims()));
            } else if (m.place() != null && m.place().place().isCountry()) {
                countryOnly.add(m);
            } else if (!m.recalled() && !m.lead() && m.date() != null && m.date().precision() == 1 && ownStory(m)
                    && m.claims().stream().anyMatch(c -> c.kind().equals("killed") || c.kind().equals("injured"))
                    && places.main(doc) != null) {
                // "Evakuasi ini terjadi setelah tujuh tentara tewas pada Senin (13/11) dalam baku tembak": a day and
                // its dead, told without a place, is an event where the article is
                Mention placed = m.withPlace(places.main(doc));
                EventGroup home = groups.stream().filter(g -> compatible(g, placed)).findFirst().orElse(null);
                if (home == null) {
                    groups.add(new EventGroup(placed));
                } else {
                    home.mentions.add(placed);
                }
            } else if (!m.recalled() && m.lead()) {
                PlaceMention fallback = groups.isEmpty() ? ArticlePlaces.unlessStaleDateline(doc, places.lead(doc), m.date()) : null;
                if (fallback == null) {
                    fallback = places.firstAfter(doc, m.sentence(), 5);
                }
                if (fallback != null) {
                    groups.add(new EventGroup(m.withPlace(fallback)));
                }
            }
        }
        int placedGroups = groups.size();
        for (Mention m : countryOnly) {
            // the event of that country and kind told nearest to it ("Secara terpisah, pasukan pemerintah diserang ... di
            // Suriah barat laut" belongs with the attack on Akrab told next, not with the first clash of the article)
            EventGroup same = null;
            int nearest = Integer.MAX_VALUE;
            for (EventGroup g : groups) {
                if (g.head.place().place().country().equals(m.place().place().country()) && g.family().equals(m.family())
                        && !daysApart(g.date(), m.date())) {
                    for (Mention x : g.mentions) {
                        if (m.separate() && x.sentence() < m.sentence()) {
                            continue; // "Secara terpisah, ...": not the event told before
                        }
                        int d = Math.abs(x.sentence() - m.sentence());
                        if (d < nearest) {
                            nearest = d;
                            same = g;
                        }
                    }
                }
            }
            if (same != null) {
                same.mentions.add(m);
            } else if (!m.recalled() && m.lead() && groups.subList(0, placedGroups).stream().noneMatch(g -> g.head.place().place()
                    .country().equals(m.place().place().country())) && (m.trigger().priority() >= 4
                    || m.claims().stream().anyMatch(c -> c.kind().equals("killed")) || m.family().equals("demonstration"))) {
                groups.add(new EventGroup(m)); // only the country named, in the lead of an article that names no finer place there
            }
        }
        // figures told in a sentence of their own belong to the event told just before (or just after, in the lead)
        for (Mention m : figuresOnly) {
            if (m.separate()) {
                continue; // "Dalam serangan lain, ...", "Sedangkan bom JW Marriot menewaskan 12 orang": another event's figures
            }
            EventGroup host = null;
            int best = Integer.MAX_VALUE;
            boolean harmed = m.claims().stream().anyMatch(c -> c.kind().equals("killed") || c.kind().equals("injured"));
            for (EventGroup g : groups) {
                if (harmed && g.head.eventType().equals("Strategic developments")) {
                    continue; // the dead of "Setelah insiden yang menewaskan 22 orang itu, polisi menggerebek": not the raid's
                }
                for (Mention x : g.mentions) {
                    int d = m.sentence() - x.sentence();
                    int cost = d >= 0 ? d : 3 * -d;
                    boolean samePlace = m.place() == null || near(m.place().place(), g.head.place().place());
                    if (samePlace && cost < best && (d >= 0 ? d <= 3 : -d <= 1)) {
                        best = cost;
                        host = g;
                    }
                }
            }
            if (host == null && !m.recalled() && (m.place() == null || m.place().place().isCountry())) {
                host = soleStory(groups); // an article that tells one event keeps counting its victims further down
            }
            if (host == null && harmed && EVENT_ANAPHOR.matcher(m.span().text()).find()) {
                // "insiden berdarah yang menewaskan 22 orang itu": the violent event told before, however far back
                int nearest = Integer.MAX_VALUE;
                for (EventGroup g : groups) {
                    for (Mention x : g.mentions) {
                        int d = m.sentence() - x.sentence();
                        if (isViolence(g.family()) && !g.head.recalled() && d > 0 && d < nearest) {
                            nearest = d;
                            host = g;
                        }
                    }
                }
            }
            if (host != null && !(m.recalled() && m.date() != null)) {
                host.mentions.add(m);
            }
        }
        if (groups.isEmpty()) {
            // every mention lacks a place: the article's main event is where its lead or dateline puts it
            PlaceMention lead = places.main(doc);
            // a mention that names its country keeps it: "pertempuran ... di Afghanistan" is not at Guantánamo
            List<Mention> main = placeless.stream().filter(m -> !m.recalled() && (lead == null || m.place() == null
                    || m.place().place().country().equals(lead.place().country()))).toList();
            PlaceMention where = main.isEmpty() ? null : ArticlePlaces.unlessStaleDateline(doc, lead, main.get(0).date());
            if (where != null) {
                EventGroup g = new EventGroup(main.get(0).withPlace(where));
                main.stream().skip(1).filter(m -> m.family().equals(g.family())).forEach(g.mentions::add);
                groups.add(g);
            }
        }
        // background: an event told outside the lead with no day of its own is what the article recalls or discusses
        // ("Tahun lalu, 49 orang meninggal dalam perkelahian ...", "Salah satunya yakni insiden bom bunuh diri yang
        // menewaskan 80 jemaat"), not what it reports, unless it is more of the lead's own happening (the third suspect
        // of the lead's raid, "ditangkap pada pukul 09.28 WIB")
        List<EventGroup> leads = groups.stream().filter(g -> g.mentions.stream().anyMatch(Mention::lead)).toList();
        groups.removeIf(g -> g.mentions.stream().noneMatch(Mention::lead) && g.date() == null
                && (g.mentions.stream().allMatch(m -> m.claims().isEmpty()) || g.mentions.stream().anyMatch(Mention::recalled)
                || leads.stream().noneMatch(l -> l.family().equals(g.family()) && (doc.published() == null || sameSpot(l, g)))));
        // a happening the article only recalls ("sebelumnya", "tahun lalu") without naming its day cannot be dated
        groups.removeIf(g -> g.date() == null && g.mentions.stream().filter(m -> m.trigger() != null).allMatch(Mention::recalled));
        RiotRules.arrestsOfRioters(groups, this::near);
        RiotRules.splitFringe(groups);
        List<Event> out = new ArrayList<>();
        for (EventGroup g : groups) {
            Event e = build(doc, g, out.size());
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Both groups are placed at one spot, or one has no place; arrests are one raid's however far apart ("Terduga teroris
     * ketiga ... ditangkap di Malang"), but an attack elsewhere told without its day is another, earlier one ("Salah satunya
     * yakni insiden bom bunuh diri ... di Lal Shahbaz Qalandar" in a report of a killing at Sargodha). Without a publication
     * day no weekday can be resolved, so there an undated attack elsewhere may well be of the same days.
     */
    private boolean sameSpot(EventGroup lead, EventGroup g) {
        PlaceMention p = lead.head.place(), q = g.head.place();
        return !isViolence(g.family()) || p == null || q == null || near(p.place(), q.place());
    }

    /**
     * "Polisi juga mengidentifikasi empat korban yang tewas bersamaan dengan penahanan tersangka": the dead and wounded told
     * in an arrest's sentence are the violent event's figures (a sentence of figures of its own); the arrest keeps its captured.
     */
    private static List<Mention> splitDeathsFromArrests(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.eventType() != null && m.eventType().equals("Strategic developments")
                    && m.claims().stream().anyMatch(c -> c.kind().equals("killed") || c.kind().equals("injured"))) {
                out.add(m.withClaims(m.claims().stream().filter(c -> c.kind().equals("captured")).toList()));
                out.add(m.figuresOnly(m.claims().stream().filter(c -> !c.kind().equals("captured")).toList()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** "insiden berdarah yang menewaskan 22 orang itu", "serangan tersebut": an event already told. */
    private static final Pattern EVENT_ANAPHOR = Pattern.compile(
            "(?i)\\b(insiden|serangan|ledakan|pengeboman|peledakan|penembakan|peristiwa|tragedi|kejadian|aksi teror)\\b[^.;]{0,50}?\\b(itu|tersebut)\\b");

    /** The one event the article reports (told in its lead or with a day), or null when it tells several or none. */
    private static EventGroup soleStory(List<EventGroup> groups) {
        List<EventGroup> told = groups.stream().filter(g -> g.mentions.stream().anyMatch(x -> x.lead() || x.date() != null)
                && !g.head.recalled()).toList();
        return told.size() == 1 ? told.get(0) : null;
    }

    /** Two days both told to the day, more than {@value #SAME_DAYS} days apart: two happenings. */
    static boolean daysApart(DateMention a, DateMention b) {
        return a != null && b != null && a.precision() == 1 && b.precision() == 1
                && Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) > SAME_DAYS;
    }

    /** A deed of another kind than the group's, on its own day told to the day, next to the group's day. */
    private static boolean otherDeedOtherDay(Mention m, EventGroup g) {
        DateMention a = m.date(), b = g.date();
        return a != null && b != null && a.precision() == 1 && b.precision() == 1 && !a.date().equals(b.date())
                && m.subEventType() != null && !m.subEventType().equals(g.head.subEventType());
    }

    /** Same kind of event, same place, dates that agree. */
    private boolean compatible(EventGroup g, Mention m) {
        if (!g.family().equals(m.family()) && !(isViolence(g.family()) && m.family().equals("demonstration")
                && m.eventType().equals("Riots")) && !(g.family().equals("demonstration") && g.head.eventType().equals("Riots")
                && isViolence(m.family()))) {
            return false;
        }
        if (!near(g.head.place().place(), m.place().place())) {
            return false;
        }
        if (g.head.recalled() != m.recalled() && g.head.eventType() != null && !g.head.eventType().equals(m.eventType())) {
            return false; // the reported event and one recalled at the same place ("pemboman saat Minggu Paskah lalu")
        }
        if (daysApart(g.date(), m.date())) {
            return false;
        }
        return true;
    }

    /** A mention that tells its own day or its own dead and wounded. */
    private static boolean ownStory(Mention m) {
        return m.date() != null || m.claims().stream().anyMatch(c -> c.kind().equals("killed") || c.kind().equals("injured"));
    }

    private static boolean isViolence(String family) {
        return family.equals("violence");
    }

    /** The event a placeless mention belongs to: the one told just before, or (in the lead) just after. */
    private EventGroup hostFor(List<EventGroup> groups, Mention m) {
        EventGroup after = m.separate() ? hostFor(groups, m, true) : null;
        return after != null ? after : hostFor(groups, m, false);
    }

    /** {@code forward}: "Secara terpisah, ...": a new event, placed by what follows it. */
    private EventGroup hostFor(List<EventGroup> groups, Mention m, boolean forward) {
        EventGroup best = null;
        int bestCost = Integer.MAX_VALUE;
        for (EventGroup g : groups) {
            if (m.recalled() && !g.head.recalled() && ownStory(m)) {
                continue; // "November lalu, sebuah ledakan juga ...": not a detail of today's event
            }
            if (!m.recalled() && m.date() != null && g.mentions.stream().allMatch(Mention::recalled)) {
                continue; // "Pasukan Suriah mengambil alih markas ISIS pada Rabu (8/11)": not a detail of Raqqa's fall in October
            }
            boolean kindOk = g.family().equals(m.family()) || isViolence(g.family()) && isViolence(m.family())
                    || g.head.eventType().equals("Riots") && isViolence(m.family());
            // "Itu juga menangkap 157 pejuang asing": fighters captured in the battle just told are its captured
            boolean captives = !kindOk && m.place() == null && m.trigger().has("arrest") && isViolence(g.family())
                    && m.claims().stream().anyMatch(c -> c.kind().equals("captured"));
            if (!kindOk && !captives) {
                continue;
            }
            if (m.place() != null && m.place().place().isCountry() && !m.place().place().country().equals(g.head.place().place().country())) {
                continue;
            }
            if (daysApart(m.date(), g.date())) {
                continue; // another day: another event, told without its place
            }
            if (otherDeedOtherDay(m, g)) {
                continue; // "penculikan ... pada 23 Maret" beside "pembunuhan ... pada 24 Maret": two deeds
            }
            for (Mention x : g.mentions) {
                int d = m.sentence() - x.sentence();
                int cost = d >= 0 ? d : 2 * -d;
                boolean reach = captives ? d >= 0 && d <= 2
                        : forward ? d < 0 && -d <= 2
                        : d >= 0 ? d <= 4 : -d <= (m.lead() ? 3 : 1);
                if (reach && cost < bestCost) {
                    bestCost = cost;
                    best = g;
                }
            }
        }
        if (best == null && m.lead() && !m.recalled() && m.date() == null) {
            // a lead sentence without a place: the article's first event
            for (EventGroup g : groups) {
                if (g.family().equals(m.family()) || isViolence(g.family()) && isViolence(m.family())) {
                    return g;
                }
            }
        }
        return best;
    }

    private Event build(EventCoder.DocumentAnalysis doc, EventGroup g, int index) {
        List<Mention> ms = new ArrayList<>(g.mentions);
        ms.sort(Comparator.comparingInt(Mention::sentence));
        List<Mention> triggered = ms.stream().filter(m -> m.trigger() != null).toList();
        Mention first = triggered.stream().filter(m -> !m.recalled()).findFirst().orElse(triggered.get(0));
        Mention strongest = triggered.stream().max(Comparator.comparingInt((Mention m) -> typeWeight(m, first))
                .thenComparing(Comparator.comparingInt(Mention::sentence).reversed())).orElseThrow();
        String type = strongest.eventType(), sub = strongest.subEventType();
        if (type.equals("Protests") && triggered.stream().anyMatch(m -> !m.recalled() && "Riots".equals(m.eventType()))) {
            // "bergabung secara damai, meski sempat terjadi bentrokan antara kelompok anarkis dan polisi di Paris": a
            // demonstration that turned violent at its place and day is a violent demonstration (the guide, ACLED)
            type = "Riots";
            sub = "Violent demonstration";
        }
        PlaceMention pm = g.head.place();
        Place p = pm.place();
        ActorRoles.Sides sides = ActorRoles.ofEvent(triggered, type, doc.actors());
        Actor a1 = sides.actor1(), a2 = sides.actor2();
        Set<Actor> assoc1 = sides.assoc1(), assoc2 = sides.assoc2();
        boolean violent = isViolence(EventLexicon.family(type));
        if (sub.equals("Remote explosive/landmine/IED") && suicideToldElsewhere(doc, p)) {
            sub = "Suicide bomb"; // "the suicide bomber" two paragraphs after "the explosion"
        } else if ((type.equals("Violence against civilians") || type.equals("Battles")) && !sub.equals("Abduction/forced disappearance")
                && GENERIC_ATTACK.matcher(strongest.triggerSpan().text()).matches()
                && suicideToldElsewhere(doc, p)) {
            // "serangan pada konser di Manchester Arena" and, elsewhere, "pengebom bunuh diri Salman Abedi": the attack
            // the article names only as an attack was the suicide bombing
            type = "Explosions/Remote violence";
            sub = "Suicide bomb";
        } else if (GENERIC_ATTACK.matcher(strongest.triggerSpan().text()).matches() && !type.equals("Explosions/Remote violence")) {
            // "Petinggi ISIS tewas dalam serangan udara AS" in the lead, then "tewas dalam serangan di markasnya di Kunar":
            // an attack told without its means is of the kind the article's lead reports
            EventLexicon.Trigger lead = leadRemoteTrigger(doc, p.country());
            if (lead != null) {
                type = lead.eventType();
                sub = lead.subEventType();
            }
        }
        String arrested = null;
        if (sub.equals("Arrests") && a2 == null) {
            // "450 orang ditangkap ... ketika ada kerusuhan": ACLED's actor 2 of arrests amid unrest is the crowd
            for (Mention m : triggered) {
                String lower = m.span().text().toLowerCase(Locale.ROOT);
                if (lexicon.any("rioter", lower)) {
                    arrested = "Rioters";
                    break;
                }
                if (arrested == null && lexicon.any("unrest", lower)) {
                    arrested = "Protesters";
                }
                if (arrested == null && lexicon.any("terror_suspect", lower)) {
                    arrested = "Terror suspects"; // "Densus 88 menangkap tiga terduga teroris": no group named
                }
            }
        }
        if (sub.equals("Non-state actor overtakes territory") && a1 != null && ActorRoles.isGovernmentSide(a1)) {
            sub = "Government regains territory";
        } else if (sub.equals("Government regains territory") && a1 != null && !ActorRoles.isGovernmentSide(a1)) {
            sub = "Non-state actor overtakes territory";
        }
        Place country = gazetteer.country(p.country());
        String countryName = country == null ? p.country() : country.name();
        String actor1 = localize(a1, p.country(), countryName);
        String actor2 = a2 == null && arrested != null ? arrested + " (" + countryName + ")" : localize(a2, p.country(), countryName);
        String joined = ms.stream().map(m -> m.span().text().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        if (type.equals("Violence against civilians") && sub.equals("Attack") && actor2 != null
                && (actor2.startsWith("Police Forces of") || actor2.startsWith("Military Forces of"))
                && (actor1 == null || !actor1.equals(actor2)) && !lexicon.any("civilian", joined)) {
            // an attack on police or soldiers is not violence against civilians: they are armed (the guide: two armed,
            // organised sides fighting = Battles), "ARSA menyerang pos polisi", "menabrak tentara yang berpatroli"; unless
            // the event's sentences tell of civilians hit (then the forces named are bystanders, investigators or sources)
            type = "Battles";
            sub = "Armed clash";
        }
        if (type.equals("Riots") || type.equals("Protests")) {
            String crowd = (type.equals("Riots") ? "Rioters (" : "Protesters (") + countryName + ")";
            if (actor1 == null || !actor1.startsWith("Police") && !actor1.startsWith("Military") && a1 != null && a1.isArmed()) {
                actor2 = actor2 == null ? actor1 : actor2;
            }
            if (actor1 == null || a1 != null && a1.isState()) {
                String state = actor1;
                actor1 = crowd;
                if (state != null && actor2 == null) {
                    actor2 = state;
                }
            }
            if (actor2 == null && (type.equals("Riots") && joined.matches(".*\\b(polisi|aparat|petugas|brimob)\\b.*"))) {
                actor2 = "Police Forces of " + countryName;
            }
        } else if (type.equals("Strategic developments") && sub.equals("Arrests") && actor1 == null) {
            actor1 = "Police Forces of " + countryName;
        } else if (type.equals("Violence against civilians") && actor2 == null) {
            actor2 = "Civilians (" + countryName + ")";
        } else if (type.equals("Explosions/Remote violence") && actor2 == null && (lexicon.any("civilian", joined)
                || ms.stream().anyMatch(m -> m.claims().stream().anyMatch(c -> c.kind().equals("killed") || c.kind().equals("injured")))
                && !lexicon.any("security", joined))) {
            // a bomb among concert-goers, worshippers or passers-by: ACLED's actor 2 is the civilians it hit
            actor2 = "Civilians (" + countryName + ")";
        }
        if (actor1 == null && violent) {
            actor1 = "Unidentified Armed Group (" + countryName + ")"; // ACLED's name for attackers nobody identifies
        }
        if (actor1 != null && actor1.equals(actor2)) {
            actor2 = null;
        }
        // date: the most precise, earliest day named in the event's sentences, else the publication day
        DateMention date = g.date();
        if (date == null && ms.stream().anyMatch(m -> m.lead() && !m.recalled())) {
            // the day the lead names ("Senin malam", "Jumat (13/1)") dates the article's main event
            List<DateMention> leadDays = doc.dates().stream().filter(d -> d.span().start() < doc.leadEnd() && d.precision() == 1
                    && (doc.published() == null || !d.date().isAfter(doc.published()))).toList();
            date = leadDays.stream().filter(d -> !DaySigns.statementDay(doc, d)).findFirst()
                    // "Dikutip dari Reuters, Senin (10/7), pemberontak mengaku diserang pada subuh": the deed's day is not
                    // told, but it is no later than the day the source spoke, nearer to it than the day of publication
                    .or(() -> leadDays.stream().findFirst().map(d -> new DateMention(d.date(), 2, d.span())))
                    // "... kata Kabid Dokkes Polda Papua, seperti dilansir Antara, Kamis (25/5)" further down: the first day a
                    // source spoke on in the week before publication bounds the lead's deed as well
                    .or(() -> doc.dates().stream().filter(d -> d.precision() == 1 && doc.published() != null
                            && d.date().isBefore(doc.published()) && !d.date().isBefore(doc.published().minusDays(7))
                            && DaySigns.statementDay(doc, d)).findFirst().map(d -> new DateMention(d.date(), 2, d.span())))
                    .orElse(null);
        }
        if ((date == null || date.precision() == 3) && !triggered.stream().allMatch(Mention::recalled)) {
            // "Kejadian ini terjadi pada hari Jumat (1/9)", "Aksi tersebut digelar pada 23 dan 24 September 2019": the
            // article says outright when the happening it tells took place
            DateMention month = date;
            date = doc.dates().stream().filter(d -> d.precision() == 1 && DaySigns.storyDay(doc, d)
                    && (doc.published() == null || !d.date().isAfter(doc.published()))
                    && (month == null || YearMonth.from(d.date()).equals(YearMonth.from(month.date())))).findFirst().orElse(month);
        }
        // without a publication day, the latest day the text names is an anchor for its weekdays, not a day of this event:
        // an event told without a day of its own stays undated (the guide: leave the date empty rather than guess),
        // unless that day is the one a source spoke on ("kata Leo saat ditemui di lokasi, Sabtu, 17 Agustus 2019")
        LocalDate fallback = !doc.datedByText() ? doc.published() : doc.dates().stream()
                .anyMatch(d -> d.precision() == 1 && d.date().equals(doc.published()) && DaySigns.statementDay(doc, d)) ? doc.published() : null;
        String eventDate = date != null ? date.date().toString() : fallback != null ? fallback.toString() : null;
        Integer precision = date != null ? Integer.valueOf(date.precision()) : fallback != null ? Integer.valueOf(2) : null;
        if (date == null && triggered.stream().allMatch(Mention::recalled) && fallback != null) {
            precision = 3; // recalled without a day: only known to be before publication
        }
        List<Claim> claims = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Mention m : ms) {
            for (Claim c : m.claims()) {
                if (seen.add(c.kind() + "|" + c.value() + "|" + c.claimant())) {
                    claims.add(localizeClaimant(c, p.country(), countryName));
                }
            }
        }
        // "Dua orang demonstran tewas." ... "Menurut tiga aktivis lokal, dua demonstran tewas.": one figure, attributed
        List<Claim> attributed = List.copyOf(claims);
        claims.removeIf(c -> c.claimant() == null && attributed.stream().anyMatch(o -> o.claimant() != null
                && o.kind().equals(c.kind()) && o.value() == c.value()));
        if (type.equals("Strategic developments")) {
            // ACLED codes no fatalities for strategic developments: deaths told around an arrest belong to the
            // attack it follows ("Setelah insiden yang menewaskan 22 orang itu, polisi menggerebek ...")
            claims.removeIf(c -> c.kind().equals("killed"));
        }
        // one figure told twice, once with its source: the sourced telling is the claim
        claims.removeIf(c -> c.claimant() == null && claims.stream().anyMatch(o -> o.claimant() != null
                && o.kind().equals(c.kind()) && o.value() == c.value()));
        List<Evidence> evidence = ms.stream().map(m -> new Evidence(doc.docId(), m.span().start(), m.span().end(), m.span().text()))
                .distinct().toList();
        Place region = regionOf(p);
        Place district = gazetteer.districtAnchor(p);
        String notes = "trigger \"" + strongest.triggerSpan().text() + "\"; place \"" + pm.span().text() + "\""
                + (pm.precision() == 2 ? " (near)" : "") + (strongest.recalled() ? "; recalled" : "");
        int geoPrecision = p.name().startsWith("Kota ") && p.kind() == PlaceKind.ADMIN2 ? 1 : pm.precision();
        return new Event("PNT-" + Hashes.sha256(doc.docId(), String.valueOf(index)).substring(0, 12), type, sub, eventDate,
                precision, actor1, names(assoc1), actor2, names(assoc2), countryName, region == null ? null : region.name(),
                gazetteer.enclosingName(district, PlaceKind.ADMIN2), gazetteer.enclosingName(district, PlaceKind.ADMIN3), p.name(), p.lat(), p.lon(), geoPrecision, p.geonamesId(), conservative(claims, "killed"),
                conservative(claims, "injured"), conservative(claims, "displaced"), conservative(claims, "captured"), claims,
                List.of(doc.docId()), evidence, notes);
    }

    private final EventLexicon lexicon = EventLexicon.standard();

    /**
     * An article that calls its bombing a suicide bombing in another sentence than the one that names the
     * event ("pelaku bom bunuh diri ..."), where that sentence names no other place (the attacks an article
     * recalls are told with their own places).
     */
    /**
     * The specific means of attack (an air strike, a bomb; priority 7 and up) the article's lead names for an event in
     * this country, or null (an air strike in Syria tells nothing of an attack in Jakarta recalled further down).
     */
    private static EventLexicon.Trigger leadRemoteTrigger(EventCoder.DocumentAnalysis doc, String country) {
        for (int i = 0; i < doc.sentences().size() && doc.sentences().get(i).start() < doc.leadEnd(); i++) {
            Span s = doc.sentences().get(i);
            for (EventLexicon.Hit h : doc.triggers().get(i)) {
                if (!h.trigger().eventType().equals("Explosions/Remote violence") || h.trigger().priority() < 7) {
                    continue;
                }
                // where the lead puts that attack: the first place after it with a "di" of its own ("serangan udara Amerika
                // Serikat di Afghanistan"), else any place of its sentence
                List<PlaceMention> here = doc.places().stream().filter(pm -> pm.isEventPlace() && pm.span().start() >= s.start()
                        && pm.span().end() <= s.end()).toList();
                PlaceMention at = here.stream().filter(pm -> pm.span().start() >= h.span().end() && MentionPlaces.afterDi(doc.text(), pm))
                        .findFirst().orElse(null);
                if (at != null ? at.place().country().equals(country)
                        : here.isEmpty() || here.stream().anyMatch(pm -> pm.place().country().equals(country))) {
                    return h.trigger();
                }
            }
        }
        return null;
    }

    /** Words that tell an attack happened without telling how. */
    private static final Pattern GENERIC_ATTACK = Pattern.compile(
            "(?i)serangan|penyerangan|serang|menyerang|diserang|teror|serangan teror|aksi teror|insiden|tragedi");

    private boolean suicideToldElsewhere(EventCoder.DocumentAnalysis doc, Place p) {
        for (Span s : doc.sentences()) {
            String lower = s.text().toLowerCase(Locale.ROOT);
            if (!lexicon.any("suicide", lower) || !lexicon.any("bomb", lower)) {
                continue;
            }
            boolean elsewhere = false;
            for (PlaceMention pm : doc.places()) {
                Place q = pm.place();
                if (q != null && pm.span().start() >= s.start() && pm.span().end() <= s.end() && !q.isCountry()
                        && !gazetteer.within(q.index(), p.index()) && !gazetteer.within(p.index(), q.index()) && q.kmTo(p) > 25) {
                    elsewhere = true;
                }
            }
            if (!elsewhere) {
                return true;
            }
        }
        return false;
    }

    /** Which mention names the event's type: bombs over shots over words of protest; the lead over background. */
    /** "korban penganiayaan", "pelaku penembakan": the event named through its victims or doers, not told. */
    private static boolean namedThrough(Mention m) {
        return MentionReader.namedThrough(m.span(), m.triggerSpan());
    }

    private static int typeWeight(Mention m, Mention first) {
        int w = m.trigger().priority() * 10;
        if (m == first && !namedThrough(m)) {
            w += 25; // the first report of the event names it, unless a sentence right after is far more specific
        } else if (m.sentence() - first.sentence() > 3 && !namedThrough(first)) {
            w -= 30; // a detail told far from the first report does not rename the event
        }
        if (m.recalled()) {
            w -= 15;
        }
        if (namedThrough(m)) {
            w -= 5; // a sentence that tells what was done names the event better than "the victims of ..."
        }
        return w;
    }

    private Place regionOf(Place p) {
        if (p.isCountry()) {
            return null;
        }
        if (p.kind() == PlaceKind.ADMIN1) {
            return p;
        }
        return gazetteer.region(p.country(), p.admin1());
    }

    /**
     * The guide's rule: the smallest specific figure; vague figures only when there is no specific one. A single victim
     * ("seorang polisi juga tewas", "pelaku yang tewas di lokasi") is a part of a larger figure the same report gives
     * on its own authority or on the same source's, not a rival figure; a rival source's larger claim stays a rival.
     */
    static Long conservative(List<Claim> claims, String kind) {
        List<Claim> of = claims.stream().filter(c -> c.kind().equals(kind)).toList();
        if (of.isEmpty()) {
            return null;
        }
        List<Claim> specific = of.stream().filter(c -> !c.approximate()).toList();
        List<Claim> pool = specific.isEmpty() ? of : specific;
        return pool.stream().filter(c -> c.value() > 1 || pool.stream().noneMatch(o -> o.value() > 1
                        && Objects.equals(o.docId(), c.docId())
                        && (o.claimant() == null || Objects.equals(o.claimant(), c.claimant()))))
                .mapToLong(Claim::value).min().getAsLong();
    }

    /**
     * Generic words ("polisi", "tentara", "pemberontak", "militan") name the forces of the country
     * where the event happened: Indonesian police words in a Swedish story are the Swedish police.
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
        if (a.name().equals("Civilians")) {
            return "Civilians (" + countryName + ")";
        }
        if (a.country().equals("ID") && !iso2.equals("ID") && (a.type().equals("police") || a.type().equals("state"))) {
            return (a.type().equals("police") ? "Police Forces of " : "Military Forces of ") + countryName;
        }
        return a.name();
    }

    /** "Police" and "Military" claimants are the forces of the event's country; Indonesian ones abroad too. */
    static Claim localizeClaimant(Claim c, String iso2, String countryName) {
        String who = c.claimant();
        if (who == null) {
            return c;
        }
        String local = who;
        if (who.equals("Police") || who.startsWith("Police (")) {
            local = "Police Forces of " + countryName + who.substring("Police".length());
        } else if (who.equals("Military") || who.startsWith("Military (")) {
            local = "Military Forces of " + countryName + who.substring("Military".length());
        } else if (!iso2.equals("ID") && who.startsWith("Indonesian police")) {
            local = "Police Forces of " + countryName + who.substring("Indonesian police".length());
        }
        return local.equals(who) ? c : new Claim(c.kind(), c.value(), c.low(), c.high(), c.approximate(), local, c.docId(), c.quote());
    }

    private static String names(Set<Actor> as) {
        return as.isEmpty() ? null : as.stream().map(Actor::name).collect(Collectors.joining("; "));
    }
}
