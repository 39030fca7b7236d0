package id.pantau.events;

import java.util.List;

/**
 * A conflict event coded as the guide says, in the export contract's fields. Immutable;
 * lists are copied.
 */
public record Event(String eventId, String eventType, String subEventType, String eventDate, Integer timePrecision,
                    String actor1, String assocActor1, String actor2, String assocActor2, String country, String admin1,
                    String admin2, String admin3, String location, Double latitude, Double longitude, Integer geoPrecision, String geonamesId,
                    Long fatalities, Long injured, Long displaced, Long captured, List<Claim> claims, List<String> docIds,
                    List<Evidence> evidence, String notes) {
    public Event {
        claims = List.copyOf(claims);
        docIds = List.copyOf(docIds);
        evidence = List.copyOf(evidence);
    }

    public Event withId(String id) {
        return new Event(id, eventType, subEventType, eventDate, timePrecision, actor1, assocActor1, actor2, assocActor2,
                country, admin1, admin2, admin3, location, latitude, longitude, geoPrecision, geonamesId, fatalities, injured, displaced,
                captured, claims, docIds, evidence, notes);
    }
}
