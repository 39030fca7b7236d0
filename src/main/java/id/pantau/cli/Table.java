package id.pantau.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A text table that fits the terminal: every column gets the width its longest value needs, and when
 * the total is wider than the terminal, the flexible columns give up space (longest first) down to
 * their minimum, their values cut with "…". Dates and numbers are never cut.
 */
final class Table {
    /** A column: header, the narrowest it may become (0: never cut), right-aligned or not. */
    record Column(String header, int min, boolean right) {
        static Column fixed(String header) {
            return new Column(header, 0, false);
        }

        static Column number(String header) {
            return new Column(header, 0, true);
        }

        static Column flexible(String header, int min) {
            return new Column(header, min, false);
        }
    }

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();

    Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    Table add(Object... values) {
        String[] r = new String[columns.size()];
        for (int i = 0; i < r.length; i++) {
            Object v = i < values.length ? values[i] : null;
            r[i] = v == null ? "-" : v.toString().replaceAll("\\s+", " ").strip();
        }
        rows.add(r);
        return this;
    }

    /** The widths that fit {@code total} characters (two spaces between columns). */
    int[] widths(int total) {
        int n = columns.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = columns.get(i).header().length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        int budget = total - 2 * (n - 1);
        int sum = java.util.Arrays.stream(w).sum();
        while (sum > budget) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                int min = Math.max(columns.get(i).min(), columns.get(i).header().length());
                if (columns.get(i).min() > 0 && w[i] > min && (widest < 0 || w[i] > w[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break; // nothing more to give: the line stays wider than the terminal
            }
            w[widest]--;
            sum--;
        }
        return w;
    }

    void print(PrintWriter out, int total) {
        int[] w = widths(total);
        line(out, w, columns.stream().map(Column::header).toArray(String[]::new));
        for (String[] r : rows) {
            line(out, w, r);
        }
    }

    private void line(PrintWriter out, int[] w, String[] values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String v = cut(values[i], w[i]);
            int pad = w[i] - v.codePointCount(0, v.length());
            if (columns.get(i).right()) {
                b.append(" ".repeat(pad)).append(v);
            } else {
                b.append(v);
                if (i < values.length - 1) {
                    b.append(" ".repeat(pad));
                }
            }
            if (i < values.length - 1) {
                b.append("  ");
            }
        }
        out.println(b.toString().stripTrailing());
    }

    /** One tab-separated line: each value a cell, empty for none, its tabs and line breaks as spaces. */
    static String tsv(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : "\t").append(values[i] == null ? "" : values[i].toString().replace('\t', ' ').replace('\n', ' '));
        }
        return b.toString();
    }

    static String cut(String s, int n) {
        int len = s.codePointCount(0, s.length());
        if (len <= n) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, n - 1))) + "…";
    }

    /**
     * The terminal's width: $COLUMNS when set, else what picocli detects on an interactive terminal,
     * else 120 (output to a file or pipe: use --format tsv for every value in full).
     */
    static int terminalWidth(picocli.CommandLine.Model.CommandSpec spec) {
        String env = System.getenv("COLUMNS");
        if (env != null && env.matches("\\d{2,4}")) {
            return Integer.parseInt(env);
        }
        if (System.console() != null) {
            int w = spec.root().usageMessage().autoWidth(true).width();
            if (w >= 40) {
                return w;
            }
        }
        return 120;
    }
}
