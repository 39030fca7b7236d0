package id.pantau.events;

import com.ibm.icu.util.Region;
import id.pantau.actors.Actor;
import id.pantau.actors.ActorDictionary;
import id.pantau.ingest.Outlets;
import id.pantau.util.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An event as one row of ACLED's export: ACLED's 31 columns in ACLED's order and spelling, then
 * Pantau's own (injured, displaced, captured, claims with claimants, doc ids, evidence, GeoNames id).
 * Derived columns follow {@code acled-v1.tsv}: disorder type by event type, inter codes by actor type,
 * ACLED region by UN M.49 sub-region; the numeric ISO code and the sub-region come from CLDR (ICU).
 */
public final class AcledColumns {
    /** ACLED's export columns, in order (ACLED Codebook). */
    public static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
            "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
    /** Pantau's columns after ACLED's. */
    public static final List<String> EXTRA = List.of("injured", "displaced", "captured", "claims", "doc_ids", "evidence", "geonames_id");
    public static final String RESOURCE = "id/pantau/events/acled-v1.tsv";

    /** What the export knows of one document: its outlet and when it was stored (Unix seconds). */
    public record Source(Outlets.Outlet outlet, long storedAt) {
    }

    private final Map<String, String> disorder = new HashMap<>();
    private final Map<String, Integer> interByType = new HashMap<>();
    private final Map<String, Integer> interByPrefix = new LinkedHashMap<>();
    private final Map<String, String> regions = new HashMap<>();
    private final ActorDictionary actors;
    private final Function<String, String> isoOfCountry;

    public AcledColumns(ActorDictionary actors, Function<String, String> isoOfCountry) {
        this(Resources.dataLines(RESOURCE), actors, isoOfCountry);
    }

    AcledColumns(List<String> lines, ActorDictionary actors, Function<String, String> isoOfCountry) {
        this.actors = actors;
        this.isoOfCountry = isoOfCountry;
        int row = 0;
        for (String line : lines) {
            row++;
            String[] f = line.split("\t");
            try {
                switch (f[0]) {
                    case "disorder" -> disorder.put(f[1] + "|" + f[2], f[3]);
                    case "inter" -> interByType.put(f[1], Integer.parseInt(f[2]));
                    case "prefix" -> interByPrefix.put(f[1], Integer.parseInt(f[2]));
                    case "region" -> regions.put(f[1], f[2]);
                    default -> throw new IllegalArgumentException("unknown section '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + " row " + row + ": " + e.getMessage()
                        + " (expected: section, key, value tab-separated; see the file's header)", e);
            }
        }
    }

    public static List<String> header() {
        List<String> h = new ArrayList<>(ACLED);
        h.addAll(EXTRA);
        return h;
    }

    /** The row's values, in {@link #header()} order; {@code sources} by doc id (a missing doc is skipped). */
    public List<Object> row(Event e, Map<String, Source> sources) {
        String iso2 = e.country() == null ? null : isoOfCountry.apply(e.country());
        Integer inter1 = inter(e.actor1(), iso2);
        Integer inter2 = inter(e.actor2(), iso2);
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> scales = new TreeSet<>();
        long stamp = 0;
        for (String d : e.docIds()) {
            Source s = sources.get(d);
            if (s == null) {
                continue;
            }
            stamp = Math.max(stamp, s.storedAt());
            if (s.outlet() != null) {
                outlets.add(s.outlet().name());
                String oc = s.outlet().country() == null ? "ID" : s.outlet().country();
                scales.add(iso2 == null ? "Other" : oc.equals(iso2) ? "National" : "International");
            }
        }
        List<String> claims = new ArrayList<>();
        for (Claim c : e.claims()) {
            claims.add(c.kind() + "=" + (c.approximate() ? "~" : "") + c.value() + (c.claimant() == null ? "" : " [" + c.claimant() + "]"));
        }
        List<String> evidence = new ArrayList<>();
        for (Evidence x : e.evidence()) {
            evidence.add(x.docId() + "@" + x.start() + "-" + x.end() + ": " + x.text());
        }
        List<Object> r = new ArrayList<>();
        r.add(e.eventId());
        r.add(e.eventDate());
        r.add(e.eventDate() != null && e.eventDate().length() >= 4 ? e.eventDate().substring(0, 4) : null);
        r.add(e.timePrecision());
        r.add(disorderType(e.eventType(), e.subEventType()));
        r.add(e.eventType());
        r.add(e.subEventType());
        r.add(e.actor1());
        r.add(e.assocActor1());
        r.add(inter1);
        r.add(e.actor2());
        r.add(e.assocActor2());
        r.add(inter2);
        r.add(interaction(inter1, inter2));
        r.add(inter1 != null && inter1 == 7 || inter2 != null && inter2 == 7 ? "Civilian targeting" : null);
        r.add(iso2 == null ? null : isoNumeric(iso2));
        r.add(iso2 == null ? null : region(iso2));
        r.add(e.country());
        r.add(e.admin1());
        r.add(e.admin2());
        r.add(e.admin3());
        r.add(e.location());
        r.add(e.latitude());
        r.add(e.longitude());
        r.add(e.geoPrecision());
        r.add(String.join("; ", outlets));
        r.add(String.join("-", scales));
        r.add(e.notes());
        r.add(e.fatalities() == null ? 0L : e.fatalities());
        r.add(null);
        r.add(stamp == 0 ? null : stamp);
        r.add(e.injured());
        r.add(e.displaced());
        r.add(e.captured());
        r.add(String.join("; ", claims));
        r.add(String.join("; ", e.docIds()));
        r.add(String.join(" | ", evidence));
        r.add(e.geonamesId());
        return r;
    }

    String disorderType(String type, String sub) {
        String d = disorder.get(type + "|" + sub);
        return d != null ? d : disorder.get(type + "|*");
    }

    /** ACLED's inter code of an actor, or null when there is no actor. */
    Integer inter(String actor, String eventIso2) {
        if (actor == null || actor.isBlank()) {
            return null;
        }
        Actor a = actors.byName(actor);
        if (a != null && interByType.containsKey(a.type())) {
            boolean abroad = a.isState() && a.country() != null && !a.country().isBlank() && eventIso2 != null && !a.country().equals(eventIso2);
            return abroad ? 8 : interByType.get(a.type());
        }
        for (Map.Entry<String, Integer> p : interByPrefix.entrySet()) {
            if (actor.startsWith(p.getKey())) {
                int code = p.getValue();
                if (code == 1 && eventIso2 != null) {
                    String of = actor.substring(p.getKey().length()).strip();
                    String home = isoOfCountry.apply(of);
                    if (home != null && !home.equals(eventIso2)) {
                        return 8;
                    }
                }
                return code;
            }
        }
        return 3; // a named armed group the dictionary does not type: ACLED's political militia
    }

    /** ACLED's interaction code: the two inter codes, smaller first; one actor alone pairs with 0. */
    static Integer interaction(Integer a, Integer b) {
        if (a == null) {
            return null;
        }
        if (b == null) {
            return a * 10;
        }
        return Math.min(a, b) * 10 + Math.max(a, b);
    }

    static Integer isoNumeric(String iso2) {
        try {
            int n = Region.getInstance(iso2).getNumericCode();
            return n > 0 ? n : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String region(String iso2) {
        String r = regions.get(iso2);
        if (r != null) {
            return r;
        }
        try {
            for (Region g = Region.getInstance(iso2).getContainingRegion(); g != null; g = g.getContainingRegion()) {
                String code = String.format("%03d", g.getNumericCode());
                if (regions.containsKey(code)) {
                    return regions.get(code);
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
