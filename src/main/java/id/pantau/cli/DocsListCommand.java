package id.pantau.cli;

import id.pantau.model.CleanDocument;
import id.pantau.store.Store;
import id.pantau.store.StoredDocument;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau docs list}: one line per document. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List stored documents, one per line.")
public final class DocsListCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--source", description = "Only documents of this outlet.")
    String source;

    @Option(names = "--limit", defaultValue = "50", description = "How many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "How many to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = data.openStore()) {
            out.printf("%-48s %-10s %-4s %-20s %s%n", "DOC_ID", "PUBLISHED", "LANG", "SOURCE", "TITLE");
            for (StoredDocument s : store.list(source, limit, offset)) {
                CleanDocument d = s.document();
                out.printf("%-48s %-10s %-4s %-20s %s%s%n", cut(d.docId(), 48), cut(d.published(), 10), d.language(),
                        cut(d.source(), 20), cut(d.title(), 70), d.duplicateOf() == null ? "" : "  [duplicate of " + d.duplicateOf() + "]");
            }
            out.printf("(%,d documents in the store)%n", store.count());
        }
        return ExitCodes.OK;
    }

    static String cut(String s, int n) {
        if (s == null) {
            return "-";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
