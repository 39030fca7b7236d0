package id.pantau.cli;

import id.pantau.store.Store;
import id.pantau.store.StoredDocument;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        // the ingest command as a user would type it, so every option has its documented default
        IngestCommand ingest = new IngestCommand();
        picocli.CommandLine ingestLine = new picocli.CommandLine(ingest);
        ingestLine.setOut(spec.commandLine().getOut());
        ingestLine.setErr(spec.commandLine().getErr());
        List<String> args = new ArrayList<>(List.of("--no-progress", "--data", data.dataDir().toString()));
        if (Files.exists(sample.resolve("dates.csv"))) {
            args.addAll(List.of("--dates", sample.resolve("dates.csv").toString()));
        }
        for (String part : List.of("teks", "html", "jsonl")) {
            args.add(sample.resolve(part).toString());
        }
        ingestLine.parseArgs(args.toArray(String[]::new));
        int code = ingest.call();
        out.println();
        out.println("== Documents");
        try (Store store = data.openOrCreateStore()) {
            DocsListCommand.print(out, store.list(null, 100, 0).stream().map(StoredDocument::document).toList(), Table.terminalWidth(spec));
        }
        out.println();
        out.println("== Events (one per happening; reports of the same event merged)");
        try (Store store = data.openOrCreateStore()) {
            List<id.pantau.events.Event> events = new ArrayList<>(new id.pantau.events.EventMerger().merge(store.events()));
            events.sort(EventsListCommand.NEWEST_FIRST);
            EventsListCommand.print(out, events, Table.terminalWidth(spec));
        }
        out.println();
        out.println("Next: ./pantau events export --format jsonl|csv|geojson -o FILE, ./pantau docs show DOC_ID, ./pantau docs rejected,\n      ./pantau framing --actor KKB (how each outlet names the sides)");
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
