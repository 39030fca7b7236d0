package id.pantau.cli;

import id.pantau.ingest.InputDispatcher;
import id.pantau.ingest.PoliteFetcher;
import id.pantau.ingest.ReadLimits;
import id.pantau.pipeline.DocumentCleaner;
import id.pantau.pipeline.IngestStats;
import id.pantau.pipeline.Ingestor;
import id.pantau.search.DocumentIndex;
import id.pantau.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau ingest}: read inputs, clean them and store the documents. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news (text, HTML, JSON Lines, WARC, RSS/Atom files or feed URLs), clean it and store it.",
                "Directories are read recursively. Re-running on the same input adds nothing twice."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or http(s) feed URLs.")
    List<String> inputs;

    @Option(names = "--dates", paramLabel = "CSV",
            description = "CSV with columns doc_id,published giving publication dates (e.g. for plain-text files), and optionally"
                    + " a column source giving each document's outlet.")
    Path dates;

    @Option(names = "--max-doc-bytes", paramLabel = "N", defaultValue = "8388608",
            description = "Largest single document accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxDocBytes;

    @Option(names = "--max-file-bytes", paramLabel = "N", defaultValue = "4294967296",
            description = "Most bytes one input file may yield once decompressed (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--host-delay-ms", paramLabel = "MS", defaultValue = "1000",
            description = "Pause between requests to one host when fetching feeds (default: ${DEFAULT-VALUE}).")
    long hostDelayMs;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: when on a terminal).")
    Boolean progress;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Threads that clean and code documents"
            + " (default: one per core); the results are the same for any number.")
    int threads;

    @Option(names = "--show-duplicates", paramLabel = "N", defaultValue = "10",
            description = "How many duplicate pairs to list in the summary (default: ${DEFAULT-VALUE}).")
    int showDuplicates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> outlets = new HashMap<>();
        Map<String, String> published = readDates(outlets);
        PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Settings(Duration.ofMillis(hostDelayMs),
                Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30), maxDocBytes));
        boolean showBar = progress != null ? progress : System.console() != null;
        IngestStats stats;
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread hook = null;
        try (Store store = data.openOrCreateStore(); ProgressBar bar = showBar ? bar(InputDispatcher.totalBytes(inputs)) : null) {
            long[] docs = {0};
            InputDispatcher dispatcher = new InputDispatcher(new ReadLimits(maxDocBytes, maxFileBytes), fetcher);
            if (bar != null) {
                dispatcher.onRead(bar::stepBy);
            }
            Ingestor ingestor = new Ingestor(store, dispatcher, DocumentCleaner.standard(), published,
                    r -> err.println("pantau: " + r.message()),
                    bar == null ? () -> { } : () -> bar.setExtraMessage(String.format(" %,d documents", ++docs[0])));
            ingestor.sources(outlets);
            ingestor.threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
            if (bar != null) {
                ingestor.onPhase(phase -> bar.setExtraMessage(String.format(" %,d documents; %s…", docs[0], phase)));
            }
            // Ctrl-C or SIGTERM: stop after the document in hand, commit, say how to resume; the JVM then exits 130 / 143
            hook = new Thread(() -> {
                ingestor.requestStop();
                try {
                    done.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "pantau-ingest-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stats = ingestor.run(inputs);
            } catch (RuntimeException e) {
                done.countDown();
                throw e;
            }
            if (stats.stopped()) {
                store.commit();
                err.printf("pantau: stopped: %,d documents committed (added %,d, updated %,d); run the same command again to finish"
                        + " (stored documents are skipped, nothing is lost)%n", stats.added() + stats.updated(), stats.added(), stats.updated());
                err.flush();
                out.flush();
                done.countDown();
                return ExitCodes.INTERRUPTED;
            }
            long indexed;
            if (bar != null) {
                bar.setExtraMessage(String.format(" %,d documents; updating the search index…", docs[0]));
            }
            try (DocumentIndex index = DocumentIndex.open(data.dataDir())) {
                indexed = index.catchUp(store, Duration.ofSeconds(20));
            }
            new id.pantau.store.MergedEventTable(store).refresh(); // the merged events the API serves, merged once here
            printSummary(out, store, stats);
            if (ingestor.undatedCount() > 0) {
                err.printf("pantau: warning: %,d publication dates could not be read; those documents are stored without a date"
                        + " (give dates with --dates CSV, or ISO 8601 in the input): %s%s%n", ingestor.undatedCount(),
                        String.join("; ", ingestor.unreadDates().subList(0, (int) Math.min(5, ingestor.unreadDates().size()))),
                        ingestor.undatedCount() > 5 ? "; …" : "");
            }
            if (indexed < 0) {
                out.println("  search index: busy (another Pantau process holds its write lock); the documents are stored and"
                        + " will be indexed by that process or by the next pantau command that opens this data directory");
            } else {
                out.printf("  search index: %,d documents updated%n", indexed);
            }
        }
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns once we are done
        }
        if (stats.documents() == 0 && stats.rejected() > 0) {
            return ExitCodes.NOT_FOUND;
        }
        return stats.rejected() > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }

    private void printSummary(PrintWriter out, Store store, IngestStats s) {
        out.printf("ingested %,d documents in %.1f s (%,.0f documents/second)%n", s.documents(), s.seconds(), s.docsPerSecond());
        out.printf("  added %,d, updated %,d, unchanged %,d, rejected %,d%n", s.added(), s.updated(), s.unchanged(), s.rejected());
        out.printf("  duplicates found in this run: %,d (store total: %,d of %,d documents)%n", s.duplicates(),
                store.countDuplicates(), store.count());
        out.printf("  events coded from new or changed documents: %,d (store total: %,d; see pantau events list)%n",
                s.events(), store.countEvents());
        if (s.learnedLinesRemoved() > 0) {
            out.printf("  learned boilerplate: removed %,d recurring lines%n", s.learnedLinesRemoved());
        }
        if (showDuplicates > 0 && s.duplicates() > 0) {
            int[] shown = {0};
            out.println("  duplicate pairs (copy <- original, similarity):");
            store.forEachDuplicate((id, orig, sim) -> {
                if (shown[0]++ < showDuplicates) {
                    out.printf("    %s <- %s (%.2f)%n", id, orig, sim);
                }
            });
            if (shown[0] > showDuplicates) {
                out.printf("    ... and %,d more (pantau docs export lists duplicate_of for every document)%n", shown[0] - showDuplicates);
            }
        }
        out.println("  store: " + store.location());
    }

    /** A bar over the input's bytes (its total known for local files), with the document count and phase beside it. */
    private static ProgressBar bar(long totalBytes) {
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(totalBytes > 0 ? totalBytes : -1).setUnit(" MB", 1_000_000)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    private Map<String, String> readDates(Map<String, String> outlets) {
        if (dates == null) {
            return new HashMap<>();
        }
        try {
            id.pantau.ingest.DocumentMeta meta = id.pantau.ingest.DocumentMeta.read(dates);
            outlets.putAll(meta.sources());
            return new HashMap<>(meta.published());
        } catch (IllegalArgumentException e) {
            throw new PantauException(ExitCodes.USAGE, "cannot read --dates " + dates + ": " + e.getMessage(), e);
        }
    }
}
