package id.pantau.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.model.CleanDocument;
import id.pantau.model.Origin;
import id.pantau.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIndexTest {
    @TempDir
    Path tmp;

    private static CleanDocument doc(String id, String source, String published, String text) {
        return new CleanDocument(id, source, null, "Judul " + id, published, "id", text, "h" + id, null, new Origin("x", "text", ""));
    }

    @Test
    void keptInStepWithTheStoreAndRebuiltFromIt() {
        try (Store store = Store.open(tmp); DocumentIndex index = DocumentIndex.open(tmp)) {
            store.upsert(doc("a", "Antara", "2017-05-25", "Bom bunuh diri meledak di Terminal Kampung Melayu."), "", "r", new long[] {1}, null);
            store.upsert(doc("b", "Kompas", "2019-11-16", "Pasukan Suriah diserang pejuang ISIS di gurun Homs."), "", "r", new long[] {1}, null);
            store.commit();
            assertThat(index.catchUp(store)).isEqualTo(2);
            assertThat(index.watermark()).isEqualTo(store.lastChange());
            assertThat(index.catchUp(store)).as("nothing written since").isZero();
            assertThat(index.search(SearchRequest.text("bom")).hits()).extracting(SearchResult.Hit::docId).containsExactly("a");
            // the Indonesian analyzer stems: "menyerang" finds "diserang"
            assertThat(index.search(SearchRequest.text("menyerang")).hits()).extracting(SearchResult.Hit::docId).containsExactly("b");
            SearchResult filtered = index.search(new SearchRequest(null, "Kompas", null, "2019-01-01", "2019-12-31", null, 0, 10));
            assertThat(filtered.hits()).extracting(SearchResult.Hit::docId).containsExactly("b");
            assertThat(index.search(SearchRequest.text("")).sources()).containsEntry("Antara", 1L).containsEntry("Kompas", 1L);

            store.upsert(doc("a", "Antara", "2017-05-25", "Polisi menangkap terduga teroris di Bekasi."), "", "r2", new long[] {1}, null);
            store.commit();
            assertThat(index.catchUp(store)).as("only the rewritten document").isEqualTo(1);
            assertThat(index.search(SearchRequest.text("bom")).total()).isZero();
            assertThat(index.search(SearchRequest.text("teroris")).hits()).extracting(SearchResult.Hit::docId).containsExactly("a");

            assertThat(index.rebuild(store)).isEqualTo(2);
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.search(SearchRequest.text("teroris")).hits().get(0).snippet()).contains("\u0001teroris\u0002");
        }
    }

    @Test
    void aSecondProcessWaitsForTheWriteLockAndAnotherIndexSeesItsCommit() throws Exception {
        try (Store store = Store.open(tmp); DocumentIndex serving = DocumentIndex.open(tmp)) {
            store.upsert(doc("a", "Antara", "2017-05-25", "Bom meledak di Terminal Kampung Melayu."), "", "r", new long[] {1}, null);
            store.commit();
            // Lucene's lock is held by another writer, as a running catch-up in another process would
            try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(tmp.resolve(DocumentIndex.DIR));
                 org.apache.lucene.index.IndexWriter other = new org.apache.lucene.index.IndexWriter(d,
                         new org.apache.lucene.index.IndexWriterConfig())) {
                assertThat(serving.catchUp(store, java.time.Duration.ofMillis(300))).as("busy, not failed").isEqualTo(-1);
            }
            try (DocumentIndex ingesting = DocumentIndex.open(tmp)) {
                assertThat(ingesting.catchUp(store)).isEqualTo(1);
            }
            assertThat(serving.search(SearchRequest.text("bom")).total()).as("before refreshing").isZero();
            serving.refresh();
            assertThat(serving.search(SearchRequest.text("bom")).total()).isEqualTo(1);
        }
    }

    @Test
    void aMalformedQueryIsSearchedAsPlainWords() {
        try (Store store = Store.open(tmp); DocumentIndex index = DocumentIndex.open(tmp)) {
            store.upsert(doc("a", "Antara", "2017-05-25", "Serangan (bom) di Jakarta: AND OR"), "", "r", new long[] {1}, null);
            index.catchUp(store);
            assertThat(index.search(SearchRequest.text("\"bom")).total()).isEqualTo(1);
        }
    }
}
