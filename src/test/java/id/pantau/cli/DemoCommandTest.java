package id.pantau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the demo on the bundled sample, then the event table, sorted newest first. */
class DemoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runsTheMainJobOnTheBundledSample() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PantauCli.execute(new String[] {"demo", "--no-serve", "--data", tmp.resolve("d").toString(), "--sample", "sample"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.exists(tmp.resolve("d/pantau.db"))).isTrue();
        String text = out.toString();
        assertThat(text).contains("== Events").contains("Suicide bomb").contains("Kampung Melayu");
        String events = text.substring(text.indexOf("== Events"));
        java.util.List<String> dates = events.lines().filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2} .*")).map(l -> l.substring(0, 10)).toList();
        assertThat(dates).hasSizeGreaterThanOrEqualTo(3);
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void eventsListFormats() throws Exception {
        String d = tmp.resolve("d").toString();
        assertThat(PantauCli.execute(new String[] {"demo", "--no-serve", "--data", d, "--sample", "sample"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
        StringWriter tsv = new StringWriter();
        assertThat(PantauCli.execute(new String[] {"events", "list", "--data", d, "--format", "tsv"}, new PrintWriter(tsv),
                new PrintWriter(new StringWriter()))).isZero();
        java.util.List<String> rows = tsv.toString().lines().toList();
        assertThat(rows.get(0)).startsWith("event_id\tevent_date\t");
        assertThat(rows).allSatisfy(r -> assertThat(r.split("\t", -1)).hasSize(13));
        StringWriter json = new StringWriter();
        assertThat(PantauCli.execute(new String[] {"events", "list", "--data", d, "--format", "json", "--limit", "2"},
                new PrintWriter(json), new PrintWriter(new StringWriter()))).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString())).hasSize(2);
        assertThat(PantauCli.execute(new String[] {"events", "list", "--data", d, "--format", "xml"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isEqualTo(ExitCodes.USAGE);
    }
}
