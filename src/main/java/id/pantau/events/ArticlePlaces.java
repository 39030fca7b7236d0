package id.pantau.events;

import id.pantau.geo.Gazetteer;
import id.pantau.geo.Place;
import id.pantau.geo.PlaceKind;
import id.pantau.geo.PlaceMention;
import id.pantau.nlp.DateMention;
import java.util.function.BiPredicate;

/**
 * Where an article puts its events when a mention names no place of its own: the lead's first place, the dateline (or
 * the province whose force the article names), the first place told a few sentences on; and when the dateline does
 * not count, because the happening is long before the report.
 */
final class ArticlePlaces {
    private final Gazetteer gazetteer;
    private final BiPredicate<Place, Place> near;

    ArticlePlaces(Gazetteer gazetteer, BiPredicate<Place, Place> near) {
        this.gazetteer = gazetteer;
        this.near = near;
    }

    /** The first place where something happened named within n sentences from sentence i. */
    PlaceMention firstAfter(EventCoder.DocumentAnalysis doc, int i, int n) {
        int end = doc.sentences().get(Math.min(doc.sentences().size() - 1, i + n)).end();
        for (PlaceMention p : doc.places()) {
            if (p.span().start() >= doc.sentences().get(i).start() && p.span().end() <= end && p.isEventPlace()
                    && !p.place().isCountry() && doc.actors().stream().noneMatch(a -> a.span().overlaps(p.span()))) {
                return p;
            }
        }
        return null;
    }

    /** The first place the lead names (not a country), else the dateline's place. */
    PlaceMention main(EventCoder.DocumentAnalysis doc) {
        for (PlaceMention p : doc.places()) {
            if (p.span().start() >= doc.leadEnd()) {
                break;
            }
            if (p.isEventPlace() && !p.place().isCountry()) {
                return p;
            }
        }
        return lead(doc);
    }

    /** The dateline's place, else the first place of the lead, for a lead mention that names none. */
    PlaceMention lead(EventCoder.DocumentAnalysis doc) {
        PlaceMention dateline = null;
        for (PlaceMention p : doc.places()) {
            if (p.span().start() >= doc.leadEnd()) {
                break;
            }
            if (p.role() == PlaceMention.Role.DATELINE && !p.place().isCountry() && p.place().country().equals(doc.mainCountry())) {
                dateline = p;
            }
        }
        return dateline == null ? null : jurisdictionBeyond(doc, dateline);
    }

    /**
     * "Liputan6.com, Jakarta - ... Polda Jawa Tengah menahan Raja Keraton Agung Sejagat": an office reporting from the
     * capital about a force whose province the article names elsewhere; the event is in that province.
     */
    private PlaceMention jurisdictionBeyond(EventCoder.DocumentAnalysis doc, PlaceMention dateline) {
        for (PlaceMention p : doc.places()) {
            Place q = p.place();
            if (p.role() == PlaceMention.Role.ORGANISATION && (q.kind() == PlaceKind.ADMIN1 || q.kind() == PlaceKind.ADMIN2)
                    && q.country().equals(dateline.place().country()) && !gazetteer.within(dateline.place().index(), q.index())
                    && !near.test(dateline.place(), q)) {
                return new PlaceMention(p.span(), q, Math.max(2, q.kind().precision()), false, PlaceMention.Role.PLACE, -1);
            }
            if (p.role() == PlaceMention.Role.ORGANISATION && near.test(dateline.place(), q)) {
                return dateline; // "Polda Metro Jaya": the force of the dateline's own place
            }
        }
        return dateline;
    }

    /**
     * The place, unless it is the dateline and the happening is dated more than two months before the report: "Amsterdam -
     * Para penyidik ... tersangka yang menembak jatuh pesawat MH17 pada Juli 2014" in a report of 2019 places the
     * reporter, not the downing.
     */
    static PlaceMention unlessStaleDateline(EventCoder.DocumentAnalysis doc, PlaceMention p, DateMention d) {
        return p != null && p.role() == PlaceMention.Role.DATELINE && longBeforeReport(doc, d) ? null : p;
    }

    /**
     * The day is more than two months before the day of the report: its publication, or without one the latest full day
     * the text names.
     */
    private static boolean longBeforeReport(EventCoder.DocumentAnalysis doc, DateMention d) {
        if (d == null) {
            return false;
        }
        java.time.LocalDate report = doc.published() != null ? doc.published() : doc.dates().stream()
                .filter(x -> x.precision() == 1).map(DateMention::date).max(java.util.Comparator.naturalOrder()).orElse(null);
        return report != null && d.date().isBefore(report.minusMonths(2));
    }
}
