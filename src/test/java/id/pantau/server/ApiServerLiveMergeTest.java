package id.pantau.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.events.Event;
import id.pantau.events.EventMerger;
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
            JsonNode without = get(s, "/api/events?page_size=100");
            assertThat(mentions(without, doc)).isFalse();
            assertThat(without.get("total").asInt()).isEqualTo(new EventMerger().merge(s.store.events()).size());

            s.store.replaceEvents(doc, own, "test-stamp");
            s.store.commit();
            JsonNode again = get(s, "/api/events?page_size=100");
            assertThat(mentions(again, doc)).isTrue();
            assertThat(again.get("total").asInt()).isEqualTo(total);
            assertThat(again.get("items").toString()).isEqualTo(before.get("items").toString());
        }
    }
}
