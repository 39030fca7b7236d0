package id.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.pantau.model.CleanDocument;
import id.pantau.store.Store;
import id.pantau.store.StoredDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau docs list}: one line per document. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List stored documents, one per line: a table that fits the terminal, tab-separated values, or JSON.")
public final class DocsListCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--source", description = "Only documents of this outlet.")
    String source;

    @Option(names = "--limit", defaultValue = "50", description = "How many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "How many to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--format", defaultValue = "table", description = "table, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "tsv", "json").contains(format)) {
            throw new PantauException(ExitCodes.USAGE, "unknown --format '" + format + "' (use table, tsv or json)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = data.openStore()) {
            List<CleanDocument> docs = store.list(source, limit, offset).stream().map(StoredDocument::document).toList();
            switch (format) {
                case "json" -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (CleanDocument d : docs) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("doc_id", d.docId());
                        m.put("published", d.published());
                        m.put("language", d.language());
                        m.put("source", d.source());
                        m.put("title", d.title());
                        m.put("duplicate_of", d.duplicateOf());
                        rows.add(m);
                    }
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
                }
                case "tsv" -> {
                    out.println("doc_id\tpublished\tlanguage\tsource\ttitle\tduplicate_of");
                    for (CleanDocument d : docs) {
                        out.println(Table.tsv(d.docId(), d.published(), d.language(), d.source(), d.title(), d.duplicateOf()));
                    }
                }
                default -> {
                    print(out, docs, Table.terminalWidth(spec));
                    out.printf("(%,d documents in the store)%n", store.count());
                }
            }
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, List<CleanDocument> docs, int width) {
        Table t = new Table(List.of(Table.Column.flexible("DOC_ID", 12), Table.Column.fixed("PUBLISHED"), Table.Column.fixed("LANG"),
                Table.Column.flexible("SOURCE", 8), Table.Column.flexible("TITLE", 20), Table.Column.flexible("DUPLICATE OF", 8)));
        for (CleanDocument d : docs) {
            t.add(d.docId(), day(d.published()), d.language(), d.source(), d.title(), d.duplicateOf());
        }
        t.print(out, width);
    }

    /** "2023-09-18 07:15" of an ISO timestamp (the outlet's local time); a day stays a day. */
    static String day(String published) {
        if (published == null) {
            return null;
        }
        return published.length() >= 16 && published.charAt(10) == 'T' ? published.substring(0, 10) + " " + published.substring(11, 16)
                : published;
    }

}
