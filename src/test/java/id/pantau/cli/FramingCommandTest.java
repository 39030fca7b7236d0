package id.pantau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pantau framing} on the bundled sample: table, TSV and JSON, and errors that say what to do. */
class FramingCommandTest {
    @TempDir
    static Path tmp;
    static String data;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PantauCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingest() {
        data = tmp.resolve("data").toString();
        assertThat(run("ingest", "--data", data, "--dates", "sample/dates.csv", "sample/teks", "sample/html", "sample/jsonl").code()).isZero();
    }

    @Test
    void tableTsvAndJson() throws Exception {
        Run table = run("framing", "--data", data, "--actor", "KKB", "--examples", "1");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("TPNPB-OPM:", "Warta Jakarta", "Suara Pegunungan", "KKB", "pejuang", "Figures side by side");

        Run tsv = run("framing", "--data", data, "--actor", "TPNPB-OPM", "--format", "tsv");
        assertThat(tsv.out().lines().findFirst()).contains("actor\toutlet\tlabel\tstance\tcount\tdoc_id\tsurface\tcontext");
        assertThat(tsv.out().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(8));
        assertThat(tsv.out()).contains("TPNPB-OPM\tWarta Jakarta\tKKB\tdelegitimising");

        JsonNode json = new ObjectMapper().readTree(run("framing", "--data", data, "--format", "json").out());
        assertThat(json.get("framing").size()).isGreaterThanOrEqualTo(2);
        assertThat(json.get("claimants")).isNotEmpty();
    }

    @Test
    void errorsNameTheProblem() {
        Run format = run("framing", "--data", data, "--format", "xml");
        assertThat(format.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("--format 'xml'");
        Run day = run("framing", "--data", data, "--from", "kemarin");
        assertThat(day.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(day.err()).contains("--from", "YYYY-MM-DD");
        Run actor = run("framing", "--data", data, "--actor", "Nobody At All");
        assertThat(actor.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(actor.err()).contains("Nobody At All", "TPNPB-OPM");
    }

    @Test
    void plainTextFilesTakeTheirOutletFromTheDatesCsv() throws Exception {
        Path dir = tmp.resolve("teks");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "Rezim Assad kembali membombardir Idlib, Selasa (7/5). Sedikitnya lima warga tewas.");
        Path csv = tmp.resolve("meta.csv");
        java.nio.file.Files.writeString(csv, "doc_id,published,source\na.txt,2019-05-08,Kabar Syam\n");
        String d2 = tmp.resolve("data2").toString();
        assertThat(run("ingest", "--data", d2, "--dates", csv.toString(), dir.toString()).code()).isZero();
        Run r = run("framing", "--data", d2, "--format", "tsv");
        assertThat(r.out()).contains("Military Forces of Syria\tKabar Syam\trezim\tdelegitimising");
    }
}
