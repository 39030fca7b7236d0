package id.pantau.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantau.model.CleanDocument;
import id.pantau.model.Origin;
import id.pantau.model.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path tmp;

    private static CleanDocument doc(String id, String text) {
        return new CleanDocument(id, "Antara", "https://x.example/" + id, "Judul " + id, "2023-09-15", "id", text,
                "h-" + text.hashCode(), null, new Origin("in/" + id, "text", ""));
    }

    @Test
    void upsertIsKeyedByDocIdAndSurvivesReopening() {
        Path data = tmp.resolve("data");
        try (Store s = Store.open(data)) {
            assertThat(s.upsert(doc("a", "satu"), "satu", "r1", new long[] {1, 2}, null)).isTrue();
            assertThat(s.upsert(doc("a", "dua"), "dua", "r2", new long[] {3, 4}, null)).isFalse();
            s.upsert(doc("b", "tiga").withDuplicateOf("a"), "tiga", "r3", new long[] {5, 6}, 0.9);
        }
        assertThat(Files.exists(data.resolve(Store.FILE))).isTrue();
        try (Store s = Store.open(data)) {
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
        try (Store s = Store.open(tmp)) {
            Rejection r = new Rejection(new Origin("in/a", "text", ""), "empty input");
            s.reject(r);
            s.reject(r);
            assertThat(s.rejections()).singleElement().satisfies(x -> assertThat(x.reason()).isEqualTo("empty input"));
            s.upsert(doc("a", "isi"), "isi", "r", new long[] {1}, null);
            assertThat(s.rejections()).isEmpty();
        }
    }

    @Test
    void unwritableDataDirectoryGivesAClearError() throws Exception {
        Path file = tmp.resolve("not-a-dir");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> Store.open(file.resolve("data"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot open the store");
    }

    @Test
    void labelsAreReplacedWithTheirDocumentsEventsAndFilteredByActorOutletAndDay() {
        try (Store s = Store.open(tmp.resolve("data"))) {
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
}
