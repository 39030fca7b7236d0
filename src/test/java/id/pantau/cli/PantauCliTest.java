package id.pantau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as users run it: subcommands, exit codes, one-line errors and the JSONL export contract. */
class PantauCliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PantauCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ingestListShowExport() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Tiga Polisi Gugur dalam Ledakan di Kampung Melayu\n" + pipelineArticle());
        Files.writeString(in.resolve("rusak.txt"), "");
        Path dates = tmp.resolve("dates.csv");
        Files.writeString(dates, "doc_id,published\na.txt,2017-05-25\n");
        String data = tmp.resolve("data").toString();

        Run ingest = run("ingest", "--data", data, "--dates", dates.toString(), in.toString());
        assertThat(ingest.code()).isEqualTo(ExitCodes.SOME_REJECTED);
        assertThat(ingest.out()).contains("ingested 1 documents").contains("documents/second");
        assertThat(ingest.err()).contains("rejected " + in.resolve("rusak.txt") + ": empty input");
        assertThat(ingest.err().lines().filter(l -> l.contains("rusak.txt")).count()).isEqualTo(1);

        assertThat(run("docs", "list", "--data", data).out()).contains("a.txt").contains("2017-05-25");
        assertThat(run("docs", "show", "--data", data, "a.txt").out()).contains("Tiga Polisi Gugur").contains("Kampung Melayu");
        assertThat(run("docs", "rejected", "--data", data).out()).contains("rusak.txt").contains("empty input");

        Path export = tmp.resolve("docs.jsonl");
        assertThat(run("docs", "export", "--data", data, "--format", "jsonl", "-o", export.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(export);
        assertThat(lines).hasSize(1);
        JsonNode row = new ObjectMapper().readTree(lines.get(0));
        for (String field : List.of("doc_id", "source", "url", "title", "published", "language", "text", "duplicate_of")) {
            assertThat(row.has(field)).as(field).isTrue();
        }
        assertThat(row.get("doc_id").asText()).isEqualTo("a.txt");
        assertThat(row.get("published").asText()).isEqualTo("2017-05-25");
        assertThat(row.get("language").asText()).isEqualTo("id");
        assertThat(row.get("title").asText()).isEqualTo("Tiga Polisi Gugur dalam Ledakan di Kampung Melayu");
    }

    static String pipelineArticle() {
        return "Jakarta - Dua ledakan bom bunuh diri mengguncang kawasan Terminal Kampung Melayu, Jakarta Timur, Rabu malam. "
                + "Tiga anggota Polri gugur dalam peristiwa itu, kata juru bicara Polri.\nBaca juga: Polisi Perketat Pengamanan\n";
    }

    @Test
    void errorsAreOneLineWithDocumentedExitCodes() {
        String data = tmp.resolve("data").toString();
        // a mistyped --data is an error for every reading command, and creates nothing
        for (String[] cmd : List.of(new String[] {"docs", "list"}, new String[] {"events", "list"}, new String[] {"events", "export"},
                new String[] {"docs", "show", "x"}, new String[] {"index", "rebuild"}, new String[] {"serve", "--port", "0"})) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(cmd), java.util.stream.Stream.of("--data", data))
                    .toArray(String[]::new);
            Run noData = run(args);
            assertThat(noData.code()).as(String.join(" ", cmd)).isEqualTo(ExitCodes.STORE);
            assertThat(noData.err().strip()).as(String.join(" ", cmd)).isEqualTo("pantau: error: no Pantau data in --data " + data
                    + " (no such folder); check the path, or create it with: pantau ingest --data " + data + " INPUT...");
        }
        assertThat(tmp.resolve("data")).doesNotExist();

        Run allBad = run("ingest", "--data", data, tmp.resolve("nope").toString());
        assertThat(allBad.code()).isEqualTo(ExitCodes.NOT_FOUND);
        Run missing = run("docs", "show", "--data", data, "tidak-ada");
        assertThat(missing.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.err().strip()).isEqualTo("pantau: error: no document with id 'tidak-ada' (see `pantau docs list`)");

        assertThat(run("ingest").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("docs", "export", "--data", data, "--format", "xml").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpOnEveryCommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"ingest", "--help"}, new String[] {"docs", "export", "--help"},
                new String[] {"bench", "extraction", "--help"}, new String[] {"demo", "--help"})) {
            Run r = run(args);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }

    @Test
    void dataDirectoryThatCannotBeCreatedIsAStoreError() throws Exception {
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        Run r = run("ingest", "--data", file.resolve("sub").toString(), file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.STORE);
        assertThat(r.err()).startsWith("pantau: error: cannot open the store");
    }
}
