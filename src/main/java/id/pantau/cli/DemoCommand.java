package id.pantau.cli;

import id.pantau.model.CleanDocument;
import id.pantau.store.Store;
import id.pantau.store.StoredDocument;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau demo}: the main job on the bundled sample, ending in a summary table. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job on the bundled sample: ingest, clean, store, code events, then print the event table.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--sample", paramLabel = "DIR", defaultValue = "sample",
            description = "The sample folder (default: ${DEFAULT-VALUE}).")
    Path sample;

    @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Then serve the dashboard on --port until Ctrl-C (default: true; --no-serve just prints).")
    boolean serve;

    @Option(names = "--port", defaultValue = "7070", description = "Dashboard port (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(sample)) {
            throw new PantauException(ExitCodes.NOT_FOUND, "sample folder " + sample.toAbsolutePath()
                    + " not found (run from the Pantau checkout, or pass --sample DIR)");
        }
        out.println("== Pantau demo: ingesting " + sample + " into " + data.dataDir());
        IngestCommand ingest = new IngestCommand();
        ingest.data = data;
        ingest.inputs = List.of(sample.resolve("teks").toString(), sample.resolve("html").toString(),
                sample.resolve("jsonl").toString());
        ingest.dates = Files.exists(sample.resolve("dates.csv")) ? sample.resolve("dates.csv") : null;
        ingest.maxDocBytes = 8L * 1024 * 1024;
        ingest.hostDelayMs = 1000;
        ingest.progress = false;
        ingest.showDuplicates = 10;
        ingest.spec = spec;
        int code = ingest.call();
        out.println();
        out.println("== Documents");
        try (Store store = data.openOrCreateStore()) {
            out.printf("%-34s %-10s %-4s %-12s %s%n", "DOC_ID", "PUBLISHED", "LANG", "DUPLICATE_OF", "TITLE");
            for (StoredDocument s : store.list(null, 100, 0)) {
                CleanDocument d = s.document();
                out.printf("%-34s %-10s %-4s %-12s %s%n", DocsListCommand.cut(d.docId(), 34), DocsListCommand.cut(d.published(), 10),
                        d.language(), DocsListCommand.cut(d.duplicateOf(), 12), DocsListCommand.cut(d.title(), 60));
            }
        }
        out.println();
        out.println("== Events (one per happening; reports of the same event merged)");
        try (Store store = data.openOrCreateStore()) {
            EventsListCommand.print(out, new id.pantau.events.EventMerger().merge(store.events()), 100);
        }
        out.println();
        out.println("Next: ./pantau events export --format jsonl|csv|geojson -o FILE, ./pantau docs show DOC_ID, ./pantau docs rejected");
        if (serve) {
            try {
                ServeCommand.serve(data, "127.0.0.1", port, spec);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return code == ExitCodes.SOME_REJECTED ? ExitCodes.OK : code;
    }
}
