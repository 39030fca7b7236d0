package id.pantau.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over HTTP, against the real server on a random port serving the bundled sample. */
class ApiServerTest {
    @TempDir
    static Path tmp;
    static SampleServer sample;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        sample = new SampleServer(tmp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        sample.close();
    }

    record Response(int status, JsonNode body) {
    }

    static Response get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(sample.base + path)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), JSON.readTree(r.body()));
    }

    @Test
    void eventsWithFiltersPagingAndSort() throws Exception {
        Response all = get("/api/events");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("total").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode first = all.body().get("items").get(0);
        assertThat(first.has("claims")).isTrue();
        assertThat(first.has("evidence")).isTrue();

        Response battles = get("/api/events?event_type=Battles");
        assertThat(battles.body().get("items")).allSatisfy(e -> assertThat(e.get("event_type").asText()).isEqualTo("Battles"));
        Response syria = get("/api/events?country=Syria");
        assertThat(syria.body().get("items")).isNotEmpty().allSatisfy(e -> assertThat(e.get("country").asText()).isEqualTo("Syria"));
        Response papua = get("/api/events?bbox=130,-10,142,0");
        assertThat(papua.body().get("items")).isNotEmpty().allSatisfy(e -> assertThat(e.get("longitude").asDouble()).isBetween(130.0, 142.0));
        Response isis = get("/api/events?actor=" + URLEncoder.encode("Islamic State", StandardCharsets.UTF_8));
        assertThat(isis.body().get("total").asInt()).isEqualTo(1);
        Response deadly = get("/api/events?min_fatalities=10&sort=-fatalities");
        assertThat(deadly.body().get("items")).allSatisfy(e -> assertThat(e.get("fatalities").asInt()).isGreaterThanOrEqualTo(10));
        Response range = get("/api/events?date_from=2017-01-01&date_to=2017-12-31");
        assertThat(range.body().get("items")).allSatisfy(e -> assertThat(e.get("event_date").asText()).startsWith("2017"));
        // outlet: only the events one outlet reported (its canonical name, any case)
        Response warta = get("/api/events?outlet=" + URLEncoder.encode("warta jakarta", StandardCharsets.UTF_8));
        assertThat(warta.body().get("total").asInt()).isBetween(1, all.body().get("total").asInt() - 1);
        JsonNode wartaDocs = get("/api/documents?source=" + URLEncoder.encode("Warta Jakarta", StandardCharsets.UTF_8)).body().get("items");
        java.util.Set<String> ids = new java.util.HashSet<>();
        wartaDocs.forEach(d -> ids.add(d.get("docId").asText()));
        assertThat(ids).isNotEmpty();
        assertThat(warta.body().get("items")).allSatisfy(e -> {
            boolean any = false;
            for (JsonNode d : e.get("doc_ids")) {
                any |= ids.contains(d.asText());
            }
            assertThat(any).as("an event of Warta Jakarta's documents").isTrue();
        });
        assertThat(get("/api/events?outlet=Nobody").body().get("total").asInt()).isZero();
        Response paged = get("/api/events?page=2&page_size=1&sort=date");
        assertThat(paged.body().get("items")).hasSize(1);
        assertThat(paged.body().get("page").asInt()).isEqualTo(2);
    }

    @Test
    void oneEventAndOneDocumentWithItsSpans() throws Exception {
        String id = get("/api/events?q=Kampung").body().get("items").get(0).get("event_id").asText();
        Response e = get("/api/events/" + id);
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.body().get("doc_ids")).hasSize(2);
        String docId = e.body().get("doc_ids").get(0).asText();
        Response d = get("/api/documents/" + URLEncoder.encode(docId, StandardCharsets.UTF_8));
        assertThat(d.status()).isEqualTo(200);
        String text = d.body().get("text").asText();
        JsonNode span = d.body().get("events").get(0).get("evidence").get(0);
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
    }

    @Test
    void documentSearchWithSnippetsFiltersAndFacets() throws Exception {
        Response r = get("/api/documents?q=" + URLEncoder.encode("bom Kampung Melayu", StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("total").asInt()).isEqualTo(2);
        assertThat(r.body().get("items").get(0).get("snippet").asText()).contains("\u0001");
        assertThat(r.body().get("facets").get("source").has("Warta Jakarta")).isTrue();
        Response en = get("/api/documents?language=en");
        assertThat(en.body().get("items")).allSatisfy(h -> assertThat(h.get("language").asText()).isEqualTo("en"));
        Response withEvents = get("/api/documents?has_events=true");
        assertThat(withEvents.body().get("items")).allSatisfy(h -> assertThat(h.get("hasEvents").asBoolean()).isTrue());
        Response noFlood = get("/api/documents?has_events=true&q=banjir");
        assertThat(noFlood.body().get("total").asInt()).isZero();
    }

    @Test
    void timelineActorsSourcesAndOpenApi() throws Exception {
        Response tl = get("/api/timeline?interval=month");
        assertThat(tl.body()).isNotEmpty();
        assertThat(tl.body().get(0).has("fatalities")).isTrue();
        assertThat(get("/api/timeline?interval=week").body().get(0).get("period").asText()).contains("-W");
        JsonNode years = get("/api/timeline?interval=year").body();
        assertThat(years).allSatisfy(y -> assertThat(y.get("period").asText()).matches("\\d{4}"));
        assertThat(years.size()).isLessThan(tl.body().size() + 1);
        assertThat(get("/api/timeline?interval=month&outlet=Antara").body()).isEmpty();
        assertThat(get("/api/actors").body()).anySatisfy(a -> assertThat(a.get("actor").asText()).isEqualTo("TPNPB-OPM"));
        assertThat(get("/api/sources").body()).anySatisfy(s -> assertThat(s.get("source").asText()).isEqualTo("Warta Jakarta"));
        JsonNode api = get("/openapi.json").body();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").has("/api/events")).isTrue();
        assertThat(api.get("paths").has("/api/documents/{id}")).isTrue();
    }

    @Test
    void errorsShareOneShapeAndNameTheParameter() throws Exception {
        for (String[] c : new String[][] {{"/api/events?date_from=kemarin", "date_from"}, {"/api/events?bbox=1,2,3", "bbox"},
            {"/api/events?min_fatalities=-1", "min_fatalities"}, {"/api/events?event_type=Banjir", "event_type"},
            {"/api/events?sort=random", "sort"}, {"/api/timeline?interval=decade", "interval"},
            {"/api/documents?has_events=maybe", "has_events"}, {"/api/events?page=0", "page"},
            {"/api/events?date_from=2020-01-02&date_to=2020-01-01", "date_from"}}) {
            Response r = get(c[0]);
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.body().get("error").get("code").asText()).isEqualTo("bad_parameter");
            assertThat(r.body().get("error").get("parameter").asText()).isEqualTo(c[1]);
            assertThat(r.body().get("error").get("message").asText()).isNotBlank();
        }
        Response missing = get("/api/events/PNT-nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("error").get("code").asText()).isEqualTo("not_found");
        assertThat(get("/api/nothing-here").body().get("error").get("status").asInt()).isEqualTo(404);
    }

    @Test
    void everyErrorIsOneJsonShapeNamingWhatWentWrong() throws Exception {
        Response noEvent = get("/api/events/PNT-nope");
        assertThat(noEvent.status()).isEqualTo(404);
        assertThat(noEvent.body().at("/error/message").asText()).contains("PNT-nope");
        Response noPage = get("/nope");
        assertThat(noPage.status()).isEqualTo(404);
        assertThat(noPage.body().at("/error/code").asText()).isEqualTo("not_found");
        Response unknown = get("/api/events?colour=red");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/error/parameter").asText()).isEqualTo("colour");
        String many = java.util.stream.IntStream.range(0, 600).mapToObj(i -> "kata" + i).collect(java.util.stream.Collectors.joining("+"));
        Response tooMany = get("/api/documents?q=" + many);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().at("/error/message").asText()).contains("too many");

        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(sample.base + "/api/events"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(post.body()).at("/error/code").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void securityHeadersOnEveryAnswerAndOnlyLoopbackHostNames() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(sample.base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        // a page of evil.example that rebinds its name to 127.0.0.1 sends its own name as Host
        int port = URI.create(sample.base).getPort();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/events HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421").contains("misdirected_request");
        }
    }

    @Test
    void framingLensOverHttp() throws Exception {
        Response r = get("/api/framing?actor=KKB");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("actors").get(0).asText()).isEqualTo("TPNPB-OPM");
        JsonNode outlets = r.body().get("framing").get(0).get("outlets");
        java.util.Map<String, Double> deleg = new java.util.HashMap<>();
        outlets.forEach(o -> deleg.put(o.get("outlet").asText(), o.get("delegitimising_share").asDouble()));
        assertThat(deleg).containsEntry("Warta Jakarta", 1.0).containsEntry("Suara Pegunungan", 0.0);
        assertThat(r.body().get("figures")).anySatisfy(f -> assertThat(f.get("outlets")).hasSize(2));
        assertThat(r.body().get("labelled_actors").has("TPNPB-OPM")).isTrue();
        assertThat(get("/api/framing?outlet=Nobody").body().get("framing")).isEmpty();

        Response unknownActor = get("/api/framing?actor=Nobody");
        assertThat(unknownActor.status()).isEqualTo(404);
        assertThat(unknownActor.body().get("error").get("message").asText()).contains("Nobody");
        assertThat(get("/api/framing?side=left").status()).isEqualTo(400);
        assertThat(get("/api/framing?date_from=2024-02-01&date_to=2024-01-01").status()).isEqualTo(400);
        assertThat(get("/api/framing?date_from=yesterday").status()).isEqualTo(400);
        assertThat(get("/openapi.json").body().get("paths").has("/api/framing")).isTrue();

        // the event page names the label each outlet used for the event's actors
        JsonNode sugapa = null;
        for (JsonNode e : get("/api/events?page_size=100").body().get("items")) {
            if ("Sugapa".equals(e.get("location").asText())) {
                sugapa = e;
            }
        }
        assertThat(sugapa).isNotNull();
        JsonNode page = get("/api/events/" + URLEncoder.encode(sugapa.get("event_id").asText(), StandardCharsets.UTF_8)).body();
        java.util.Set<String> used = new java.util.HashSet<>();
        page.get("framing").forEach(f -> used.add(f.get("outlet").asText() + ": " + f.get("label").asText()));
        assertThat(used).contains("Warta Jakarta: KKB", "Suara Pegunungan: pejuang");
    }
}
