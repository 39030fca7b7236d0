package id.pantau.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.pantau.cli.PantauCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job writing its results into a PostgreSQL store ({@code --store}): the shared store then exports what
 * {@code pantau ingest} into the SQLite file exports. Needs $PANTAU_TEST_POSTGRES (a role that may create databases;
 * .ci/run sets it); skipped, saying so, without it.
 */
class SparkPostgresTest {
    @TempDir
    Path tmp;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PantauCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(String.join(" ", args) + "\n" + err).isIn(0, 3);
        return out.toString();
    }

    private static void sql(String url, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void theJobLoadsItsOutputIntoAPostgresStore() throws Exception {
        String admin = System.getenv("PANTAU_TEST_POSTGRES");
        assumeTrue(admin != null && !admin.isBlank(), "skipped: $PANTAU_TEST_POSTGRES is not set (.ci/run sets it)");
        String db = "pantau_spark_" + Long.toHexString(System.nanoTime());
        sql(admin, "CREATE DATABASE " + db);
        String url = admin.replaceFirst("^(jdbc:postgresql://[^/?]*/)[^?]*", "$1" + db);
        try {
            List<String> inputs = List.of("sample/teks", "sample/html", "sample/jsonl");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] job = {"ingest", inputs.get(0), inputs.get(1), inputs.get(2), "--master", "local[2]", "--out",
                tmp.resolve("out").toString(), "--store", url, "--data", tmp.resolve("shared").toString()};
            assertThat(SparkCli.execute(job, new PrintWriter(out), new PrintWriter(err))).as(err.toString()).isZero();
            assertThat(out.toString()).contains("pantau spark:").contains("imported");
            assertThat(tmp.resolve("shared").resolve("pantau.db")).doesNotExist();

            run("ingest", "--data", tmp.resolve("file").toString(), "--no-progress", inputs.get(0), inputs.get(1), inputs.get(2));
            for (String mode : new String[] {"--no-merge", "--format=jsonl"}) {
                Path a = tmp.resolve("a.jsonl");
                Path b = tmp.resolve("b.jsonl");
                run("events", "export", mode, "--data", tmp.resolve("file").toString(), "-o", a.toString());
                run("events", "export", mode, "--data", tmp.resolve("shared").toString(), "--store", url, "-o", b.toString());
                assertThat(Files.readAllLines(b)).isNotEmpty().containsExactlyInAnyOrderElementsOf(Files.readAllLines(a));
            }
            assertThat(run("docs", "list", "--data", tmp.resolve("shared").toString(), "--store", url, "--format", "tsv"))
                    .contains("suara-pegunungan:7731");
        } finally {
            sql(admin, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }
}
