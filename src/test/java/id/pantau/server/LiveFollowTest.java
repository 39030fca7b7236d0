package id.pantau.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.cli.PantauCli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `pantau serve` keeps serving while `pantau ingest` writes to the same data directory from another
 * process: the ingest exits 0 and the server shows the new article and its event within 10 seconds,
 * without a restart.
 */
class LiveFollowTest {
    @TempDir
    Path tmp;

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    @Test
    void anIngestWhileServingShowsUpWithinTenSeconds() throws Exception {
        Path data = tmp.resolve("data");
        PrintWriter quiet = new PrintWriter(new StringWriter());
        assertThat(PantauCli.execute(new String[] {"ingest", "--data", data.toString(), "--no-progress", "--dates", "sample/dates.csv",
            "sample/teks"}, quiet, quiet)).isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), PantauCli.class.getName(),
                "serve", "--data", data.toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String base = null;
            Pattern url = Pattern.compile("(http://[0-9.]+:\\d+)/");
            for (String line; base == null && (line = out.readLine()) != null; ) {
                Matcher m = url.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).as("the server printed its address").isNotNull();
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            HttpClient http = HttpClient.newHttpClient();
            assertThat(get(http, base + "/api/documents/live-1")).startsWith("404");

            Path article = tmp.resolve("live.jsonl");
            Files.writeString(article, "{\"id\": \"live-1\", \"source\": \"Kabar Papua\", \"date\": \"2023-09-15\", "
                    + "\"title\": \"Kontak tembak di Oksibil\", \"text\": \"Oksibil - Seorang prajurit TNI gugur dan dua lainnya "
                    + "terluka dalam kontak tembak dengan kelompok kriminal bersenjata di Distrik Oksibil, Kabupaten Pegunungan "
                    + "Bintang, Kamis (14/9/2023).\\n\\nJuru bicara TPNPB-OPM mengklaim pihaknya menembak mati tiga anggota TNI.\"}\n");
            StringWriter said = new StringWriter();
            int code = PantauCli.execute(new String[] {"ingest", "--data", data.toString(), "--no-progress", article.toString()},
                    new PrintWriter(said), new PrintWriter(said));
            assertThat(code).as(said.toString()).isZero();

            long t0 = System.nanoTime();
            String doc = "", search = "", events = "";
            while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10)) {
                doc = get(http, base + "/api/documents/live-1");
                search = get(http, base + "/api/documents?q=Oksibil");
                events = get(http, base + "/api/events?q=Oksibil");
                if (doc.startsWith("200") && search.contains("live-1") && events.contains("live-1")) {
                    break;
                }
                Thread.sleep(250);
            }
            assertThat(doc).startsWith("200");
            assertThat(search).as("found by search").contains("live-1");
            assertThat(events).as("its event listed").contains("live-1").contains("Oksibil");
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
