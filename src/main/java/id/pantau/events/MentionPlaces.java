package id.pantau.events;

import id.pantau.geo.Gazetteer;
import id.pantau.geo.PlaceKind;
import id.pantau.geo.PlaceMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence's event happened: the most specific place it names where something happened, and the places of a
 * list after the trigger, one event each ("ditangkap di Bergen op Zoom, Arnhem, Diemen dan Wageningen"), told apart
 * from an address ("Pasar Tentena, Poso, Sulawesi Tengah").
 */
final class MentionPlaces {
    private static final boolean DEBUG = Boolean.getBoolean("pantau.events.debug");
    private final Gazetteer gazetteer;
    private final EventLexicon lexicon;

    MentionPlaces(Gazetteer gazetteer, EventLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    private static final Pattern LOCATIVE = Pattern.compile("\\b(di|ke|dari|dekat|kawasan|wilayah|daerah|sekitar|utara|selatan|timur|barat|in|at|near)\\s+(\\p{L}+\\s+){0,3}$");
    private static final Pattern DI_BEFORE = Pattern.compile("(?i)\\bdi\\s+$");
    private static final Pattern LIST_AND = Pattern.compile("(?i)\\b(dan|serta)\\b");
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^\\s*(,|dan|serta|,\\s*dan|,\\s*serta)\\s*$");

    /**
     * "ditangkap di Bergen op Zoom, Arnhem, Diemen dan Wageningen": a list of places after the trigger
     * is one event per place (the guide: two attacks in two places are two events). The figures stay
     * with the first, since the sentence does not say how they divide.
     */
    List<Mention> perPlace(EventCoder.DocumentAnalysis doc, MentionReader.Facts f, Mention m) {
        if (m.triggerSpan() == null || m.place() == null) {
            return List.of(m);
        }
        List<PlaceMention> list = new ArrayList<>();
        for (PlaceMention p : f.places()) {
            if (!p.isEventPlace() || p.place().isCountry() || p.span().start() < m.triggerSpan().end()) {
                continue;
            }
            if (!list.isEmpty()) {
                PlaceMention last = list.get(list.size() - 1);
                String gap = doc.text().substring(last.span().end(), p.span().start());
                boolean ownDi = afterDi(doc.text(), p) && afterDi(doc.text(), last);
                if (!LIST_GAP.matcher(gap).matches() && !(ownDi && gap.length() < 60 && !gap.contains("."))) {
                    if (list.size() >= 2) {
                        break;
                    }
                    list.clear();
                }
            }
            list.add(p);
        }
        if (list.size() < 2 || !list.contains(m.place())) {
            return List.of(m);
        }
        boolean joined = false; // a list ends "X, Y dan Z"; places joined by commas only are an address ("Pasar Tentena, Poso, ...")
        for (int k = 1; k < list.size(); k++) {
            joined |= LIST_AND.matcher(doc.text().substring(list.get(k - 1).span().end(), list.get(k).span().start())).find();
        }
        if (!joined) {
            return List.of(m);
        }
        for (int a = 0; a < list.size(); a++) {
            for (int b = a + 1; b < list.size(); b++) {
                if (list.get(a).place().index() == list.get(b).place().index() || list.get(a).place().kmTo(list.get(b).place()) < 3
                        || gazetteer.within(list.get(a).place().index(), list.get(b).place().index())
                        || gazetteer.within(list.get(b).place().index(), list.get(a).place().index())
                        || isArea(list.get(a).place()) != isArea(list.get(b).place())) {
                    return List.of(m); // one place named twice, or an address ("Bhimber, Kashmir")
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (PlaceMention p : list) {
            Mention x = m.withPlace(p);
            out.add(out.isEmpty() ? x : new Mention(x.sentence(), x.span(), x.trigger(), x.triggerSpan(), x.eventType(),
                    x.subEventType(), p, x.date(), x.roles(), List.of(), x.recalled(), true, x.lead()));
        }
        return out;
    }

    /** The place is told right after "di": "di Wageningen", "serangan udara Amerika Serikat di Afghanistan". */
    static boolean afterDi(String text, PlaceMention p) {
        return DI_BEFORE.matcher(text.substring(Math.max(0, p.span().start() - 4), p.span().start())).find();
    }

    /** A region rather than a settlement: "Timika, Papua" names a town and its province, not two places. */
    private static boolean isArea(id.pantau.geo.Place p) {
        return p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.ADMIN2 || p.kind() == PlaceKind.ISLAND || p.isCountry();
    }


    /**
     * The most specific place of the sentence where something happened: a village or town before a
     * district, a district before a region, a region before a country; at equal rank the one nearest
     * after the trigger. Places inside an actor's name ("pasukan Suriah") are not places.
     */
    PlaceMention bestPlace(EventCoder.DocumentAnalysis doc, MentionReader.Facts f, EventLexicon.Hit trigger) {
        PlaceMention best = null;
        double bestRank = Double.MAX_VALUE;
        boolean arrest = trigger != null && trigger.trigger().has("arrest");
        boolean anyPlace = f.places().stream().anyMatch(p -> p.isEventPlace() && !p.place().isCountry());
        for (PlaceMention p : f.places()) {
            // the home of those arrested stands for the place of arrest when the sentence names no other
            boolean origin = arrest && !anyPlace && p.role() == PlaceMention.Role.ORIGIN;
            if (!p.isEventPlace() && !origin) {
                continue;
            }
            boolean inActor = doc.actors().stream().anyMatch(a -> a.span().overlaps(p.span()));
            if (inActor || disasterPlace(doc, p)) {
                continue;
            }
            double rank = rank(p);
            if (!locative(doc, p) || border(doc, p)) {
                // "restoran Turki di Burkina Faso": the place after "di" is where it happened; "kota Kobani di Suriah di
                // perbatasan Turki": the country whose border it is only points the way
                rank += 0.5;
            }
            if (trigger != null) {
                int d = p.span().start() - trigger.span().end();
                rank += d >= 0 ? Math.min(d, 200) / 1000.0 : Math.min(-d, 200) / 500.0;
                if (d >= 0 && !p.place().isCountry() && OWN_DI.matcher(doc.text().substring(trigger.span().end(), p.span().start())).matches()) {
                    // "dijemput dari Lapas ..., Cilacap ... atas dugaan keterlibatan aksi teror di kawasan Thamrin": the place
                    // the trigger's own "di" names is the deed's, before a finer place of another verb
                    rank -= 1.5;
                }
                if (quoted(f.span(), p.span().start()) && !quoted(f.span(), trigger.span().start())) {
                    rank += 1; // "pengunjuk rasa menggaungkan kata-kata \"Yerusalem adalah ibu kota ...\"": what was said, not where
                }
                if (d > 0 && causeClauseAfterOwnPlace(doc, f, trigger, p)) {
                    rank += 4; // "Kerusuhan terjadi di Papua ..., pasca-tindakan rasisme ... di Surabaya": the cause's place
                }
                if (trigger.trigger().has("territory") && trigger.trigger().has("passive") && p.span().end() <= trigger.span().start()
                        && trigger.span().start() - p.span().end() <= 40) {
                    rank -= 0.6; // "Albu Kamal telah sepenuhnya dikuasai": the place taken is the subject of the passive verb
                }
            }
            if (DEBUG) {
                System.err.printf("    rank %s %.3f%n", p.span().text(), rank);
            }
            if (rank < bestRank) {
                bestRank = rank;
                best = p;
            }
        }
        return best;
    }

    /** "korban erupsi Gunung Agung", "banjir di Garut": the place of a disaster the sentence names, not of a conflict event. */
    private boolean disasterPlace(EventCoder.DocumentAnalysis doc, PlaceMention p) {
        // the names of an address before it ("erupsi Gunung Agung di Bali") belong to the same phrase
        String before = NAMES_BEFORE.matcher(doc.text().substring(Math.max(0, p.span().start() - 50), p.span().start())).replaceAll(" ");
        return lexicon.endsWith("disaster", before);
    }

    private static final Pattern NAMES_BEFORE = Pattern.compile("(?:(?:\\s*,|\\s+di)?\\s+\\p{Lu}[\\p{L}'-]*)*(?:\\s+di)?\\s*$");

    /** "pasca-", "menyusul", "dipicu": a clause telling what the event followed from. */
    private static final Pattern CAUSE = Pattern.compile("(?i)\\b(pasca|menyusul|dipicu)");

    /** The place lies in a clause about the event's cause, after the place the trigger's own "di" names. */
    private static boolean causeClauseAfterOwnPlace(EventCoder.DocumentAnalysis doc, MentionReader.Facts f, EventLexicon.Hit trigger, PlaceMention p) {
        int from = trigger.span().end();
        Matcher c = CAUSE.matcher(doc.text().substring(from, p.span().start()));
        if (!c.find()) {
            return false;
        }
        int marker = from + c.start();
        return f.places().stream().anyMatch(q -> q != p && q.isEventPlace() && q.span().start() >= from && q.span().end() <= marker
                && locative(doc, q));
    }

    /** The position lies inside a quotation of the sentence. */
    private static boolean quoted(id.pantau.nlp.Span sentence, int pos) {
        return id.pantau.nlp.Quotations.inside(sentence.text(), pos - sentence.start());
    }

    /** The country is named as the owner of a border ("di perbatasan Turki", "perbatasan dengan Irak"). */
    private static boolean border(EventCoder.DocumentAnalysis doc, PlaceMention p) {
        return p.place().isCountry()
                && BORDER.matcher(doc.text().substring(Math.max(0, p.span().start() - 20), p.span().start())).find();
    }

    /** Right after a trigger: "di", "di kawasan", "di sekitar". */
    private static final Pattern OWN_DI = Pattern.compile("(?i)\\s+di\\s+((kawasan|wilayah|daerah|sekitar|area)\\s+)?");

    private static final Pattern BORDER = Pattern.compile("(?i)\\bperbatasan\\s+(dengan\\s+)?$");

    /** The place is told after "di", "dekat", "kawasan" ...: where something is. */
    private static boolean locative(EventCoder.DocumentAnalysis doc, PlaceMention p) {
        return LOCATIVE.matcher(doc.text().substring(Math.max(0, p.span().start() - 30), p.span().start()).toLowerCase(Locale.ROOT)).find();
    }

    static int rank(PlaceMention p) {
        PlaceKind k = p.place().kind();
        return switch (k) {
            case COUNTRY -> 5;
            case ADMIN1, ISLAND -> 4;
            case ADMIN2 -> p.place().name().startsWith("Kota ") ? 1 : 3;
            case ADMIN3 -> 2;
            case LANDMARK -> 3;
            default -> p.precision() == 2 ? 2 : 1;
        };
    }

}
