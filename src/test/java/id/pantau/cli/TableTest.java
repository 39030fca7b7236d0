package id.pantau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private static Table table() {
        return new Table(List.of(Table.Column.fixed("DATE"), Table.Column.flexible("EVENT", 10), Table.Column.flexible("ACTOR", 8),
                Table.Column.number("KILLED")))
                .add("2023-09-18", "Attack", "Tentara Pembebasan Nasional Papua Barat - Organisasi Papua Merdeka", 3)
                .add("2019-11-14", "Armed clash", "Islamic State (ISIS)", null);
    }

    private static List<String> lines(Table t, int width) {
        StringWriter s = new StringWriter();
        t.print(new PrintWriter(s, true), width);
        return s.toString().lines().toList();
    }

    @Test
    void fitsTheWidthByCuttingTheFlexibleColumns() {
        List<String> out = lines(table(), 60);
        assertThat(out).hasSize(3);
        assertThat(out).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        assertThat(out.get(1)).startsWith("2023-09-18  Attack").contains("…").endsWith("3");
        assertThat(out.get(2)).endsWith("-"); // no figure is a dash, right-aligned
    }

    @Test
    void aWideTerminalShowsEverything() {
        List<String> out = lines(table(), 200);
        assertThat(out.get(1)).contains("Organisasi Papua Merdeka").doesNotContain("…");
        // the columns line up: every row's KILLED figure ends at the same place
        assertThat(out.get(0).length()).isEqualTo(out.get(1).length());
    }

    @Test
    void datesAndNumbersAreNeverCut() {
        List<String> out = lines(table(), 20);
        assertThat(out.get(1)).startsWith("2023-09-18  ");
        assertThat(out.get(0)).contains("KILLED");
    }
}
