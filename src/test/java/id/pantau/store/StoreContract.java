package id.pantau.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.Claim;
import id.pantau.events.Event;
import id.pantau.events.Evidence;
import id.pantau.model.CleanDocument;
import id.pantau.model.Origin;
import id.pantau.model.Rejection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store does, whatever database holds it: the SQLite file ({@link StoreTest}) and PostgreSQL
 * ({@link PostgresStoreTest}) run these same tests.
 */
abstract class StoreContract {
    @TempDir
    Path tmp;

    /** Opens the store under test; two calls with the same directory open the same store. */
    abstract Store open(Path dataDir);

    static CleanDocument doc(String id, String text) {
        return doc(id, "Antara", text);
    }

    static CleanDocument doc(String id, String source, String text) {
        return new CleanDocument(id, source, "https://x.example/" + id, "Judul " + id, "2023-09-15", "id", text,
                "h-" + text.hashCode(), null, new Origin("in/" + id, "text", ""));
    }

    static Event event(String id, String doc, String date, long killed) {
        Claim c = new Claim("killed", killed, killed, killed, false, "Polda Papua", doc, "dua warga tewas");
        return new Event(id, "Violence against civilians", "Attack", date, 1, "TPNPB-OPM", null, "Civilians (Indonesia)", null,
                "Indonesia", "Papua Tengah", "Intan Jaya", "Sugapa", "Sugapa", -3.74, 137.02, 1, null, killed, null, null, null,
                List.of(c), List.of(doc), List.of(new Evidence(doc, 0, 5, "x")), "n");
    }

    @Test
    void upsertIsKeyedByDocIdAndSurvivesReopening() {
        Path data = tmp.resolve("data");
        try (Store s = open(data)) {
            assertThat(s.upsert(doc("a", "satu"), "satu", "r1", new long[] {1, 2}, null)).isTrue();
            assertThat(s.upsert(doc("a", "dua"), "dua", "r2", new long[] {3, 4}, null)).isFalse();
            s.upsert(doc("b", "tiga").withDuplicateOf("a"), "tiga", "r3", new long[] {5, 6}, 0.9);
        }
        try (Store s = open(data)) {
            assertThat(s.count()).isEqualTo(2);
            assertThat(s.get("a").orElseThrow().document().text()).isEqualTo("dua");
            assertThat(s.rawHash("a")).contains("r2");
            assertThat(s.get("b").orElseThrow().similarity()).isEqualTo(0.9);
            assertThat(s.get("a").orElseThrow().similarity()).isNull();
            assertThat(s.countDuplicates()).isEqualTo(1);
            long[][] seen = new long[1][];
            s.forEachOriginal((id, hash, sig) -> seen[0] = sig);
            assertThat(seen[0]).containsExactly(3, 4);
        }
    }

    @Test
    void rejectionsAreRecordedOnceAndClearedWhenTheInputLaterSucceeds() {
        try (Store s = open(tmp)) {
            Rejection r = new Rejection(new Origin("in/a", "text", ""), "empty input");
            s.reject(r);
            s.reject(r);
            assertThat(s.rejections()).singleElement().satisfies(x -> assertThat(x.reason()).isEqualTo("empty input"));
            s.upsert(doc("a", "isi"), "isi", "r", new long[] {1}, null);
            assertThat(s.rejections()).isEmpty();
        }
    }

    @Test
    void labelsAreReplacedWithTheirDocumentsEventsAndFilteredByActorOutletAndDay() {
        try (Store s = open(tmp.resolve("data"))) {
            s.upsert(doc("a", "KKB menembak warga. KKB kabur."), "x", "r1", new long[] {1}, null);
            var kkb = new id.pantau.framing.ActorLabel(0, 3, "KKB", id.pantau.framing.Stance.DELEGITIMISING, "TPNPB-OPM", "KKB", "KKB",
                    "KKB menembak warga.", "inside");
            s.replaceEvents("a", java.util.List.of(), java.util.List.of(kkb, kkb), "coder-1");
            s.replaceEvents("a", java.util.List.of(), java.util.List.of(kkb), "coder-1"); // a recode replaces, never adds
            s.commit();
            java.util.List<Store.StoredLabel> all = new java.util.ArrayList<>();
            s.forEachLabel(null, null, null, null, all::add);
            assertThat(all).singleElement().satisfies(l -> {
                assertThat(l.outlet()).isEqualTo("Antara");
                assertThat(l.label()).isEqualTo(kkb);
            });
            java.util.List<Store.StoredLabel> some = new java.util.ArrayList<>();
            s.forEachLabel(java.util.List.of("TPNPB-OPM"), "antara", "2023-09-15", "2023-09-15", some::add);
            assertThat(some).hasSize(1);
            some.clear();
            s.forEachLabel(java.util.List.of("Islamic State (ISIS)"), null, null, null, some::add);
            s.forEachLabel(null, "Kompas", null, null, some::add);
            s.forEachLabel(null, null, "2023-09-16", null, some::add);
            assertThat(some).isEmpty();
            assertThat(s.labelledActors()).containsEntry("TPNPB-OPM", 1L);
        }
    }

    @Test
    void eventsAreReplacedPerDocumentStampedAndListedInDateOrder() {
        try (Store s = open(tmp.resolve("data"))) {
            s.upsert(doc("a", "satu"), "satu", "r1", new long[] {1}, null);
            s.upsert(doc("b", "dua"), "dua", "r2", new long[] {2}, null);
            assertThat(s.staleForCoding("coder-1")).containsExactly("a", "b");
            long v0 = s.eventsVersion();
            s.replaceEvents("a", List.of(event("a-1", "a", "2021-03-02", 2), event("a-2", "a", "2021-03-01", 1)), "coder-1");
            s.replaceEvents("b", List.of(event("b-1", "b", "2021-03-01", 3)), "coder-1");
            s.replaceEvents("a", List.of(event("a-1", "a", "2021-03-02", 4)), "coder-1"); // a recode replaces the document's events
            s.commit();
            assertThat(s.eventsVersion()).isEqualTo(v0 + 3);
            assertThat(s.events()).extracting(Event::eventId).containsExactly("b-1", "a-1");
            assertThat(s.eventsOf("a")).singleElement().satisfies(e -> {
                assertThat(e.fatalities()).isEqualTo(4);
                assertThat(e.claims()).singleElement().satisfies(c -> assertThat(c.claimant()).isEqualTo("Polda Papua"));
            });
            assertThat(s.countEvents()).isEqualTo(2);
            assertThat(s.documentsWithEvents()).containsExactlyInAnyOrder("a", "b");
            assertThat(s.originsOfEventDocuments()).containsKeys("a", "b");
            assertThat(s.originsOfEventDocuments().get("a").source()).isEqualTo("Antara");
            assertThat(s.staleForCoding("coder-1")).isEmpty();
            assertThat(s.staleForCoding("coder-2")).containsExactly("a", "b");
            // a changed text drops the stamp: its events are behind until recoded
            s.updateText("b", "dua (diperbarui)", "h2");
            s.commit();
            assertThat(s.staleForCoding("coder-1")).containsExactly("b");
        }
    }

    @Test
    void everyWriteTakesTheNextChangeAndChangesAreListedInOrder() {
        try (Store s = open(tmp.resolve("data"))) {
            long c0 = s.lastChange();
            s.upsert(doc("a", "satu"), "satu", "r1", new long[] {1}, null);
            s.upsert(doc("b", "dua"), "dua", "r2", new long[] {2}, null);
            s.upsert(doc("a", "satu lagi"), "satu lagi", "r3", new long[] {3}, null);
            s.commit();
            assertThat(s.lastChange()).isEqualTo(c0 + 3);
            assertThat(s.changedSince(c0)).containsExactly("b", "a");
            assertThat(s.changedSince(c0 + 2)).containsExactly("a");
        }
    }

    @Test
    void recurringLinesAreCountedPerSourceAndTheirSourcesQueued() {
        try (Store s = open(tmp.resolve("data"))) {
            s.countLines("Antara", List.of("baca juga", "copyright"));
            s.countLines("Antara", List.of("baca juga"));
            s.countLines("Kompas", List.of("baca juga"));
            s.commit();
            assertThat(s.frequentLines("Antara", 2)).containsOnlyKeys("baca juga").containsEntry("baca juga", 2);
            assertThat(s.frequentLines("Antara", 1)).containsOnlyKeys("baca juga", "copyright");
            assertThat(s.pendingSources()).containsExactly("Antara", "Kompas");
            s.sourceLearned("Antara");
            s.commit();
            assertThat(s.pendingSources()).containsExactly("Kompas");
        }
    }

    @Test
    void documentsAreListedPagedAndCountedBySourceInIngestOrder() {
        try (Store s = open(tmp.resolve("data"))) {
            s.upsert(doc("z", "Antara", "satu"), "satu", "r1", new long[] {1}, null);
            s.upsert(doc("y", "Kompas", "dua"), "dua", "r2", new long[] {2}, null);
            s.upsert(doc("x", "Antara", "tiga").withDuplicateOf("z"), "tiga", "r3", new long[] {3}, 0.95);
            s.upsert(doc("w", null, "empat"), "empat", "r4", new long[] {4}, null);
            s.commit();
            assertThat(s.list(null, 2, 1)).extracting(d -> d.document().docId()).containsExactly("y", "x");
            assertThat(s.list("Antara", 10, 0)).extracting(d -> d.document().docId()).containsExactly("z", "x");
            List<String> all = new ArrayList<>();
            s.forEach(d -> all.add(d.document().docId()));
            assertThat(all).containsExactly("z", "y", "x", "w");
            assertThat(s.sources()).containsEntry("Antara", 2L).containsEntry("Kompas", 1L).containsEntry("(unknown)", 1L);
            assertThat(s.docIdsOfSource("antara")).containsExactlyInAnyOrder("z", "x");
            assertThat(s.countOriginals("Antara")).isEqualTo(1);
            List<String> pairs = new ArrayList<>();
            s.forEachDuplicate((id, original, sim) -> pairs.add(id + ">" + original + "@" + sim));
            assertThat(pairs).containsExactly("x>z@0.95");
            List<String> texts = new ArrayList<>();
            s.forEachText("Antara", (id, base, text) -> texts.add(id + ":" + text));
            assertThat(texts).containsExactly("z:satu", "x:tiga");
            List<String> coded = new ArrayList<>();
            s.forEachForCoding(List.of("y", "missing"), (id, text, published, url) -> coded.add(id + ":" + text + ":" + url));
            assertThat(coded).containsExactly("y:dua:https://x.example/y");
        }
    }

    @Test
    void runsAreNumberedAndACommittedWriteIsSeenByAnotherConnection() {
        Path data = tmp.resolve("data");
        try (Store writer = open(data); Store reader = open(data)) {
            long first = writer.startRun("a.jsonl");
            long second = writer.startRun("b.jsonl");
            assertThat(second).isGreaterThan(first);
            writer.finishRun(first, 1, 0, 0, 0, 0);
            writer.upsert(doc("a", "satu"), "satu", "r1", new long[] {1}, null);
            writer.commit();
            assertThat(reader.get("a")).isPresent();
            assertThat(reader.count()).isEqualTo(1);
        }
    }
}
