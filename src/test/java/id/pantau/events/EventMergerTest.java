package id.pantau.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    private static Event ev(String id, String doc, String type, String date, double lat, double lon, String a1, long killed, String claimant) {
        Claim c = new Claim("killed", killed, killed, killed, false, claimant, doc, "q");
        return new Event(id, type, "Suicide bomb", date, 1, a1, null, "Police Forces of Indonesia", null, "Indonesia", "DKI Jakarta",
                "Jakarta Timur", "Jatinegara", "Kampung Melayu", lat, lon, 1, null, killed, null, null, null, List.of(c), List.of(doc),
                List.of(new Evidence(doc, 0, 1, "x")), "n");
    }

    @Test
    void reportsOfOneHappeningMergeWithAllTheirClaims() {
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a", "doc1", "Explosions/Remote violence", "2017-05-24", -6.2246, 106.8676, null, 5, "Polri"),
                ev("b", "doc2", "Explosions/Remote violence", "2017-05-25", -6.2250, 106.8700, "JAD", 3, "Reuters"),
                ev("c", "doc3", "Explosions/Remote violence", "2017-05-24", -6.9, 107.6, null, 1, "x"),
                ev("d", "doc4", "Explosions/Remote violence", "2017-06-30", -6.2246, 106.8676, null, 1, "y")));
        assertThat(merged).hasSize(3);
        Event km = merged.stream().filter(e -> e.docIds().size() == 2).findFirst().orElseThrow();
        assertThat(km.docIds()).containsExactlyInAnyOrder("doc1", "doc2");
        assertThat(km.claims()).extracting(Claim::claimant).containsExactlyInAnyOrder("Polri", "Reuters");
        assertThat(km.fatalities()).isEqualTo(3);
        assertThat(km.eventDate()).isEqualTo("2017-05-24");
    }

    @Test
    void eventsOfOneArticleAreNotMergedWithEachOther() {
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a", "doc1", "Battles", "2019-01-01", 34.0, 36.0, null, 1, null),
                ev("b", "doc1", "Battles", "2019-01-01", 34.01, 36.01, null, 2, null)));
        assertThat(merged).hasSize(2);
    }

    @Test
    void aChainOfReportsAWeekApartMergesOnlyWhatEveryMemberAllows() {
        // dates known only to the week merge within 7 days of every member: a, b (+5 days) together; c (+10 from a) alone,
        // then d (+3 from c) with c; an undated report with nobody
        java.util.function.Function<Event, Event> loose = e -> new Event(e.eventId(), e.eventType(), e.subEventType(), e.eventDate(), 2,
                e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2(), e.country(), e.admin1(), e.admin2(), e.admin3(), e.location(),
                e.latitude(), e.longitude(), e.geoPrecision(), e.geonamesId(), e.fatalities(), e.injured(), e.displaced(), e.captured(),
                e.claims(), e.docIds(), e.evidence(), e.notes());
        List<Event> in = new java.util.ArrayList<>();
        in.add(loose.apply(ev("a", "doc1", "Battles", "2019-01-01", 34.0, 36.0, null, 1, null)));
        in.add(loose.apply(ev("b", "doc2", "Battles", "2019-01-06", 34.0, 36.0, null, 1, null)));
        in.add(loose.apply(ev("c", "doc3", "Battles", "2019-01-11", 34.0, 36.0, null, 1, null)));
        in.add(loose.apply(ev("d", "doc4", "Battles", "2019-01-14", 34.0, 36.0, null, 1, null)));
        in.add(loose.apply(ev("e", "doc5", "Battles", null, 34.0, 36.0, null, 1, null)));
        java.util.Collections.shuffle(in, new java.util.Random(3));
        List<Event> merged = new EventMerger().merge(in);
        assertThat(merged).extracting(e -> String.join("+", e.docIds()))
                .containsExactlyInAnyOrder("doc1+doc2", "doc3+doc4", "doc5");
    }

    @Test
    void aSideOneReportLeavesUnidentifiedMayBeTheSideAnotherNames() {
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a", "doc1", "Explosions/Remote violence", "2017-05-24", -6.2246, 106.8676, "Unidentified Armed Group (Indonesia)", 3, "Polri"),
                ev("b", "doc2", "Explosions/Remote violence", "2017-05-24", -6.2250, 106.8700, "JAD: Jamaah Ansharut Daulah", 5, "Reuters")));
        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("JAD: Jamaah Ansharut Daulah");
            assertThat(e.docIds()).containsExactlyInAnyOrder("doc1", "doc2");
        });
        // two named sides that differ, a day apart, are two happenings; on the same day at the same spot, one bombing
        assertThat(new EventMerger().merge(List.of(
                ev("a", "doc1", "Explosions/Remote violence", "2017-05-24", -6.2246, 106.8676, "Islamic State (ISIS)", 3, "Polri"),
                ev("b", "doc2", "Explosions/Remote violence", "2017-05-25", -6.2250, 106.8700, "JAD: Jamaah Ansharut Daulah", 5, "Reuters"))))
                .hasSize(2);
        assertThat(new EventMerger().merge(List.of(
                ev("a", "doc1", "Explosions/Remote violence", "2017-05-24", -6.2246, 106.8676, "Islamic State (ISIS)", 3, "Polri"),
                ev("b", "doc2", "Explosions/Remote violence", "2017-05-24", -6.2250, 106.8700, "JAD: Jamaah Ansharut Daulah", 5, "Reuters"))))
                .hasSize(1);
    }

    @Test
    void aFollowUpWithoutADayOfItsOwnJoinsTheDatedReportOfItsKindAtThatSpotBeforeIt() {
        Event dated = ev("a", "doc1", "Explosions/Remote violence", "2017-05-22", -6.2246, 106.8676, "Rebels (Indonesia)", 22, "Polri");
        Event followUp = week(ev("b", "doc2", "Explosions/Remote violence", "2017-05-24", -6.2250, 106.8700, "Islamic State (ISIS)", 22, null));
        assertThat(new EventMerger().merge(List.of(dated, followUp))).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo("2017-05-22");
            assertThat(e.docIds()).containsExactlyInAnyOrder("doc1", "doc2");
        });
        // a report only known to be no later than a day before the dated one tells another happening
        Event earlier = week(ev("c", "doc3", "Explosions/Remote violence", "2017-05-20", -6.2250, 106.8700, "Islamic State (ISIS)", 2, null));
        assertThat(new EventMerger().merge(List.of(dated, earlier))).hasSize(2);
    }

    private static Event week(Event e) {
        return new Event(e.eventId(), e.eventType(), e.subEventType(), e.eventDate(), 2, e.actor1(), e.assocActor1(), e.actor2(),
                e.assocActor2(), e.country(), e.admin1(), e.admin2(), e.admin3(), e.location(), e.latitude(), e.longitude(),
                e.geoPrecision(), e.geonamesId(), e.fatalities(), e.injured(), e.displaced(), e.captured(), e.claims(), e.docIds(),
                e.evidence(), e.notes());
    }
}
