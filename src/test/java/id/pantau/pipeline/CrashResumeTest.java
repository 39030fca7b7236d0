package id.pantau.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.search.DocumentIndex;
import id.pantau.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import id.pantau.cli.PantauCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL at several points and run again ends exactly where an uninterrupted
 * ingest ends: the same documents, the same events, the same number of indexed documents. The ingest
 * runs as a real `pantau ingest` process (the test's classpath), killed when the store holds a given
 * number of documents, or once every document is stored (while boilerplate is learned, events are
 * coded or the index is written).
 */
class CrashResumeTest {
    private static final int DOCS = 360;
    private static final String[] TOWNS = {"Wamena", "Timika", "Poso", "Bima", "Sampang", "Ambon", "Tual", "Nabire",
        "Sorong", "Merauke", "Kendari", "Palu"};

    @TempDir
    Path tmp;

    /** Articles written for this test: attacks, arrests and protests in Indonesian towns, with a tagline per outlet. */
    private Path articles() throws IOException {
        Random r = new Random(42);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < DOCS; i++) {
            String town = TOWNS[r.nextInt(TOWNS.length)];
            String source = "Kabar" + (i % 3);
            String body = switch (i % 4) {
                case 0 -> "Kontak tembak terjadi di " + town + ", Senin. Sebanyak " + (2 + r.nextInt(9))
                        + " orang tewas dalam baku tembak antara aparat dan kelompok bersenjata, kata polisi.";
                case 1 -> "Polisi menangkap " + (2 + r.nextInt(20)) + " terduga teroris di " + town + " pada Selasa.";
                case 2 -> "Ratusan mahasiswa berunjuk rasa di depan kantor DPRD " + town + " pada Rabu menolak kenaikan harga.";
                default -> "Harga beras di pasar " + town + " naik " + (1 + r.nextInt(5)) + " persen pekan ini, kata pedagang nomor "
                        + i + ".";
            };
            String text = body + "\\n\\nWarga " + town + " diminta tetap tenang dan melapor kepada aparat (catatan " + i + ")."
                    + "\\n\\nIkuti kanal berita " + source + " untuk kabar terbaru.";
            lines.add("{\"id\": \"crash-" + i + "\", \"source\": \"" + source + "\", \"date\": \"2023-09-1" + (i % 9) + "\", "
                    + "\"title\": \"Berita " + i + " dari " + town + "\", \"text\": \"" + text + "\"}");
        }
        Path file = tmp.resolve("berita.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static Process ingest(Path data, Path input) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), PantauCli.class.getName(),
                "ingest", "--data", data.toString(), "--no-progress", input.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long storedDocuments(Path data) {
        Path db = data.resolve(Store.FILE);
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM documents")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (Exception e) {
            return 0; // not created or not migrated yet
        }
    }

    /** Everything a user sees of a data directory: documents, document-level events, indexed documents. */
    private static String state(Path data) throws IOException {
        StringWriter out = new StringWriter();
        // what the ingest itself left, before any other command catches up
        try (Store store = Store.open(data); DocumentIndex index = DocumentIndex.open(data)) {
            out.write("stale events " + store.staleForCoding(id.pantau.events.CoderVersion.get()).size() + "\n");
            out.write("index behind " + (store.lastChange() - index.watermark()) + "\n");
            out.write("learning pending " + store.pendingSources().size() + "\n");
        }
        Path docs = data.resolveSibling(data.getFileName() + "-docs.jsonl");
        Path events = data.resolveSibling(data.getFileName() + "-events.jsonl");
        PrintWriter quiet = new PrintWriter(new StringWriter());
        assertThat(PantauCli.execute(new String[] {"docs", "export", "--data", data.toString(), "-o", docs.toString()}, quiet, quiet)).isZero();
        assertThat(PantauCli.execute(new String[] {"events", "export", "--no-merge", "--data", data.toString(), "-o", events.toString()},
                quiet, quiet)).isZero();
        out.write(Files.readString(docs));
        out.write(Files.readString(events));
        try (DocumentIndex index = DocumentIndex.open(data)) {
            out.write("indexed " + index.size() + "\n");
        }
        return out.toString();
    }

    @Test
    void aKilledIngestRunAgainEndsWhereAnUninterruptedOneEnds() throws Exception {
        Path input = articles();
        Path reference = tmp.resolve("reference");
        Process clean = ingest(reference, input);
        assertThat(clean.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(clean.exitValue()).isZero();
        String expected = state(reference);
        assertThat(expected).contains("\"event_type\"").contains("indexed " + DOCS)
                .contains("stale events 0").contains("index behind 0").contains("learning pending 0");

        long[] killAt = {DOCS / 5, DOCS / 2, DOCS * 4 / 5, DOCS - 1, DOCS};
        for (long at : killAt) {
            Path data = tmp.resolve("killed-at-" + at);
            Process p = ingest(data, input);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (p.isAlive() && storedDocuments(data) < at && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no commit
            p.waitFor(1, TimeUnit.MINUTES);
            Process again = ingest(data, input);
            assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(again.exitValue()).as("re-run after a kill at %d documents", at).isZero();
            assertThat(state(data)).as("state after a kill at %d documents and a re-run", at).isEqualTo(expected);
        }

        // SIGTERM (what Ctrl-C and service managers send): the ingest stops after the document in hand,
        // commits, says how to resume and exits 143
        Path data = tmp.resolve("terminated");
        Path log = tmp.resolve("terminated.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), PantauCli.class.getName(), "ingest", "--data", data.toString(), "--no-progress",
                input.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (p.isAlive() && storedDocuments(data) < DOCS / 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean wasRunning = p.isAlive();
        p.destroy();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        String said = Files.readString(log);
        if (wasRunning && storedDocuments(data) < DOCS) {
            assertThat(p.exitValue()).as(said).isEqualTo(143);
            assertThat(said).contains("stopped:").contains("run the same command again");
        }
        Process again = ingest(data, input);
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(state(data)).as("state after SIGTERM and a re-run").isEqualTo(expected);
    }

    @Test
    void twoIngestsIntoOneDataDirectoryAtOnceBothComplete() throws Exception {
        List<String> lines = Files.readAllLines(articles(), StandardCharsets.UTF_8);
        Path first = tmp.resolve("first.jsonl"), second = tmp.resolve("second.jsonl");
        Files.write(first, lines.subList(0, DOCS / 2), StandardCharsets.UTF_8);
        Files.write(second, lines.subList(DOCS / 2, DOCS), StandardCharsets.UTF_8);
        Path data = tmp.resolve("shared");
        Process a = ingest(data, first);
        Thread.sleep(500);
        Process b = ingest(data, second);
        assertThat(a.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(b.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(a.exitValue()).isZero();
        assertThat(b.exitValue()).isZero();
        assertThat(storedDocuments(data)).isEqualTo(DOCS);
        try (Store store = Store.open(data)) {
            assertThat(store.staleForCoding(id.pantau.events.CoderVersion.get())).isEmpty();
        }
    }
}
