package id.pantau.events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Events to and from the export contract's JSON (snake_case field names, one object per event). */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    public static Map<String, Object> toMap(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", e.eventId());
        m.put("event_type", e.eventType());
        m.put("sub_event_type", e.subEventType());
        m.put("event_date", e.eventDate());
        m.put("time_precision", e.timePrecision());
        m.put("actor1", e.actor1());
        m.put("assoc_actor_1", e.assocActor1());
        m.put("actor2", e.actor2());
        m.put("assoc_actor_2", e.assocActor2());
        m.put("country", e.country());
        m.put("admin1", e.admin1());
        m.put("admin2", e.admin2());
        m.put("admin3", e.admin3());
        m.put("location", e.location());
        m.put("latitude", e.latitude());
        m.put("longitude", e.longitude());
        m.put("geo_precision", e.geoPrecision());
        m.put("geonames_id", e.geonamesId());
        m.put("fatalities", e.fatalities());
        m.put("injured", e.injured());
        m.put("displaced", e.displaced());
        m.put("captured", e.captured());
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Claim c : e.claims()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("kind", c.kind());
            cm.put("value", c.value());
            cm.put("low", c.low());
            cm.put("high", c.high());
            cm.put("approximate", c.approximate());
            cm.put("claimant", c.claimant());
            cm.put("doc_id", c.docId());
            cm.put("quote", c.quote());
            claims.add(cm);
        }
        m.put("claims", claims);
        m.put("doc_ids", e.docIds());
        List<Map<String, Object>> ev = new ArrayList<>();
        for (Evidence x : e.evidence()) {
            Map<String, Object> xm = new LinkedHashMap<>();
            xm.put("doc_id", x.docId());
            xm.put("start", x.start());
            xm.put("end", x.end());
            xm.put("text", x.text());
            ev.add(xm);
        }
        m.put("evidence", ev);
        m.put("notes", e.notes());
        return m;
    }

    public static String write(Event e) {
        try {
            return JSON.writeValueAsString(toMap(e));
        } catch (Exception ex) {
            throw new IllegalStateException("cannot serialise event " + e.eventId(), ex);
        }
    }

    public static Event read(String json) {
        try {
            Map<String, Object> m = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
            List<Claim> claims = new ArrayList<>();
            for (Map<String, Object> c : list(m.get("claims"))) {
                claims.add(new Claim((String) c.get("kind"), num(c.get("value")), numOrNull(c.get("low")), numOrNull(c.get("high")),
                        Boolean.TRUE.equals(c.get("approximate")), (String) c.get("claimant"), (String) c.get("doc_id"), (String) c.get("quote")));
            }
            List<Evidence> ev = new ArrayList<>();
            for (Map<String, Object> x : list(m.get("evidence"))) {
                ev.add(new Evidence((String) x.get("doc_id"), ((Number) x.get("start")).intValue(), ((Number) x.get("end")).intValue(),
                        (String) x.get("text")));
            }
            @SuppressWarnings("unchecked")
            List<String> docIds = (List<String>) m.get("doc_ids");
            return new Event((String) m.get("event_id"), (String) m.get("event_type"), (String) m.get("sub_event_type"),
                    (String) m.get("event_date"), intOrNull(m.get("time_precision")), (String) m.get("actor1"),
                    (String) m.get("assoc_actor_1"), (String) m.get("actor2"), (String) m.get("assoc_actor_2"),
                    (String) m.get("country"), (String) m.get("admin1"), (String) m.get("admin2"),
                    (String) m.get("admin3"), (String) m.get("location"), dbl(m.get("latitude")),
                    dbl(m.get("longitude")), intOrNull(m.get("geo_precision")), (String) m.get("geonames_id"),
                    numOrNull(m.get("fatalities")), numOrNull(m.get("injured")), numOrNull(m.get("displaced")),
                    numOrNull(m.get("captured")), claims, docIds, ev, (String) m.get("notes"));
        } catch (Exception ex) {
            throw new IllegalStateException("stored event is not valid JSON: " + ex.getMessage(), ex);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static Long numOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static Integer intOrNull(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
