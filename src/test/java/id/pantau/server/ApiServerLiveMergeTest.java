package id.pantau.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.events.Event;
import id.pantau.events.EventMerger;
import id.pantau.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's merged events follow the store as documents' events change under a running server. */
class ApiServerLiveMergeTest {
    @TempDir
    Path tmp;

    private static JsonNode get(SampleServer s, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    private static boolean mentions(JsonNode page, String doc) {
        for (JsonNode e : page.get("items")) {
            for (JsonNode d : e.get("doc_ids")) {
                if (d.asText().equals(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first answer that satisfies {@code done}, asking again while the server brings its rows up to date. */
    private static JsonNode until(SampleServer s, String path, java.util.function.Predicate<JsonNode> done) throws Exception {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        JsonNode page = get(s, path);
        while (!done.test(page) && System.nanoTime() < end) {
            Thread.sleep(100);
            page = get(s, path);
        }
        return page;
    }

    @Test
    void eventsRemovedAndRestoredUnderARunningServerAreServedMerged() throws Exception {
        try (SampleServer s = new SampleServer(tmp.resolve("data"))) {
            JsonNode before = get(s, "/api/events?page_size=100");
            int total = before.get("total").asInt();
            assertThat(total).isEqualTo(new EventMerger().merge(s.store.events()).size());
            String doc = before.get("items").get(0).get("doc_ids").get(0).asText();
            List<Event> own = s.store.eventsOf(doc);
            assertThat(own).isNotEmpty();

            s.store.replaceEvents(doc, List.of(), "test-stamp");
            s.store.commit();
            JsonNode without = until(s, "/api/events?page_size=100", p -> !mentions(p, doc));
            assertThat(mentions(without, doc)).isFalse();
            assertThat(without.get("total").asInt()).isEqualTo(new EventMerger().merge(s.store.events()).size());

            s.store.replaceEvents(doc, own, "test-stamp");
            s.store.commit();
            JsonNode again = until(s, "/api/events?page_size=100", p -> mentions(p, doc));
            assertThat(mentions(again, doc)).isTrue();
            assertThat(again.get("total").asInt()).isEqualTo(total);
            assertThat(again.get("items").toString()).isEqualTo(before.get("items").toString());
        }
    }

    @Test
    void requestsAreAnsweredWhileTheServersCatchUpHoldsItsStore() throws Exception {
        try (SampleServer s = new SampleServer(tmp.resolve("data"))) {
            synchronized (s.store) { // what ServeCommand's catch-up holds while it codes and indexes new articles
                for (String path : List.of("/api/events?page_size=5", "/api/timeline", "/api/actors", "/api/sources")) {
                    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base + path))
                            .timeout(java.time.Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(path).isEqualTo(200);
                }
            }
        }
    }

    @Test
    void readersAreAnsweredWhileAnotherConnectionHoldsTheWriteLock() throws Exception {
        try (SampleServer s = new SampleServer(tmp.resolve("data")); Store writer = s.store.reopen()) {
            JsonNode before = get(s, "/api/events?page_size=100");
            String doc = before.get("items").get(0).get("doc_ids").get(0).asText();
            List<Event> own = s.store.eventsOf(doc);
            writer.replaceEvents(doc, List.of(), "test-stamp");
            writer.commit(); // the rows are stale now
            writer.replaceEvents(doc, own, "test-stamp"); // and this open transaction holds the write lock (SQLite)
            // the stale rows are served at once; bringing them up to date waits for the writer in the background
            // (with the refresh on the request path, this request would wait for the lock: up to the 2-minute busy timeout)
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base + "/api/events?page_size=100"))
                    .timeout(java.time.Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(r.body()).get("total").asInt()).isEqualTo(before.get("total").asInt());
            writer.commit();
            JsonNode after = until(s, "/api/events?page_size=100", p -> p.get("items").toString().equals(before.get("items").toString()));
            assertThat(after.get("items").toString()).isEqualTo(before.get("items").toString());
        }
    }
}
