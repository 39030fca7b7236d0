package id.pantau.cli;

import id.pantau.model.CleanDocument;
import id.pantau.store.Store;
import id.pantau.store.StoredDocument;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau docs show ID}: one document with its metadata and clean text. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one document: metadata and clean text.")
public final class DocsShowCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "DOC_ID", description = "The document's id (see `pantau docs list`).")
    String docId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = data.openStore()) {
            StoredDocument s = store.get(docId).orElseThrow(() -> new PantauException(ExitCodes.NOT_FOUND,
                    "no document with id '" + docId + "' (see `pantau docs list`)"));
            CleanDocument d = s.document();
            out.println("doc_id:       " + d.docId());
            out.println("title:        " + nv(d.title()));
            out.println("source:       " + nv(d.source()));
            out.println("url:          " + nv(d.url()));
            out.println("published:    " + nv(d.published()));
            out.println("language:     " + nv(d.language()));
            out.println("duplicate_of: " + nv(d.duplicateOf()) + (s.similarity() == null ? "" : String.format(" (%.2f)", s.similarity())));
            out.println("origin:       " + d.origin().describe() + " [" + d.origin().reader() + "]");
            out.println();
            out.println(d.text());
        }
        return ExitCodes.OK;
    }

    private static String nv(String s) {
        return s == null ? "-" : s;
    }
}
