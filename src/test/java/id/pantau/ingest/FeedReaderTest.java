package id.pantau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The feed reader and the polite fetcher against a real HTTP server on localhost. */
class FeedReaderTest {
    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> agents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            requests.add(path);
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            String body;
            int status = 200;
            String type = "text/html; charset=utf-8";
            switch (path) {
                case "/robots.txt" -> {
                    body = "User-agent: *\nDisallow: /rahasia/\n";
                    type = "text/plain";
                }
                case "/feed.xml" -> {
                    type = "application/rss+xml";
                    body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kabar Uji</title><link>" + base + "</link>"
                            + "<description>uji</description>"
                            + item("Serangan di Oksibil", "/berita/1") + item("Dokumen rahasia", "/rahasia/2")
                            + item("Halaman hilang", "/berita/404") + item("Server lambat", "/lambat")
                            + "</channel></rss>";
                }
                case "/berita/1" -> body = "<html><head><title>Serangan di Oksibil</title></head><body><article>"
                        + "<p>Oksibil - Seorang prajurit gugur dalam kontak tembak dengan kelompok bersenjata, Kamis sore, kata juru bicara Kodam.</p>"
                        + "</article></body></html>";
                case "/lambat" -> {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    body = "<p>terlambat</p>";
                }
                default -> {
                    status = 404;
                    body = "not found";
                }
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, b.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            } catch (IOException ignored) {
                // the client may have given up on /lambat
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String item(String title, String link) {
        return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>Thu, 14 Sep 2023 10:00:00 +0000</pubDate></item>";
    }

    @Test
    void fetchesItemsPolitelyAndRejectsTheOnesItCannotHave() throws Exception {
        PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Settings(Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(1), 1_000_000));
        JsonLinesReaderTest.Collect c = new JsonLinesReaderTest.Collect();
        long t0 = System.nanoTime();
        new FeedReader(fetcher).readUrl(URI.create(base + "/feed.xml"), c);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(c.docs).singleElement().satisfies(d -> {
            assertThat(d.docId()).isEqualTo(base + "/berita/1");
            assertThat(d.title()).isEqualTo("Serangan di Oksibil");
            assertThat(d.source()).isEqualTo("Kabar Uji");
            assertThat(d.published()).startsWith("2023-09-14");
        });
        assertThat(c.rejected).extracting(r -> r.reason()).anySatisfy(r -> assertThat(r).contains("robots.txt"))
                .anySatisfy(r -> assertThat(r).contains("HTTP status 404")).anySatisfy(r -> assertThat(r).contains("timed out"));
        assertThat(requests).doesNotContain("/rahasia/2");
        assertThat(requests.get(0)).isEqualTo("/robots.txt");
        assertThat(agents).allSatisfy(a -> assertThat(a).startsWith("PantauBot/"));
        // four requests after robots.txt to one host, 200 ms apart at least
        assertThat(millis).isGreaterThanOrEqualTo(3 * 200);
    }

    @Test
    void unreachableHostIsAnInputError() {
        PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Settings(Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:1/feed")))
                .isInstanceOf(InputException.class).hasMessageContaining("unreachable");
    }
}
