package id.pantau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.store.PostgresTestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample ingested into the SQLite file and into a PostgreSQL store (--store) gives the same events,
 * documents, framing and rejections; a second ingest into the shared store adds nothing.
 */
class PostgresStoreCliTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final PostgresTestServer.Database db = new PostgresTestServer.Database();

    private String run(String... args) {
        return run(ExitCodes.OK, args);
    }

    private String run(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PantauCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(String.join(" ", args) + "\n" + err).isEqualTo(expected);
        return out.toString();
    }

    @Test
    void theSampleInPostgresExportsWhatTheFileStoreExports() throws Exception {
        Path sample = Path.of("sample");
        String file = tmp.resolve("file").toString();
        String shared = tmp.resolve("shared").toString();
        String url = db.url();
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.write(bad.resolve("rusak.html"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7});
        String dates = sample.resolve("dates.csv").toString();
        run(ExitCodes.SOME_REJECTED, "ingest", "--data", file, "--no-progress", "--dates", dates, sample.toString(), bad.toString());
        String said = run(ExitCodes.SOME_REJECTED, "ingest", "--data", shared, "--store", url, "--no-progress", "--dates", dates, sample.toString(), bad.toString());
        assertThat(said).contains("store: jdbc:postgresql:").doesNotContain("password=pantau");
        assertThat(Path.of(shared).resolve("pantau.db")).doesNotExist();

        for (String[] export : new String[][] {{"events", "export"}, {"events", "export", "--no-merge"}}) {
            Path a = tmp.resolve("a.jsonl");
            Path b = tmp.resolve("b.jsonl");
            run(concat(export, "--data", file, "-o", a.toString()));
            run(concat(export, "--data", shared, "--store", url, "-o", b.toString()));
            assertThat(Files.readAllLines(b)).isNotEmpty().containsExactlyElementsOf(Files.readAllLines(a));
        }
        assertThat(run("docs", "list", "--data", shared, "--store", url)).isEqualTo(run("docs", "list", "--data", file));
        assertThat(run("docs", "rejected", "--data", shared, "--store", url)).contains("rusak.html")
                .isEqualTo(run("docs", "rejected", "--data", file));
        assertThat(run("framing", "--data", shared, "--store", url, "--format", "json"))
                .isEqualTo(run("framing", "--data", file, "--format", "json"));

        // re-running the ingest against the shared store never duplicates (the sample's README and dates.csv are rejected again)
        String again = run(ExitCodes.SOME_REJECTED, "ingest", "--data", shared, "--store", url, "--no-progress", "--dates", dates, sample.toString());
        assertThat(again).contains("added 0");
        assertThat(run("docs", "list", "--data", shared, "--store", url)).isEqualTo(run("docs", "list", "--data", file));
    }

    private static String[] concat(String[] head, String... tail) {
        String[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
