package id.pantau.cli;

import id.pantau.bench.IngestBenchmark;
import id.pantau.ingest.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau bench}: speed and quality figures, printed. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Extraction.class, BenchCommand.Search.class, BenchCommand.Load.class,
            BenchCommand.Merge.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code pantau bench ingest}: documents/second for read+clean and for the full ingest. */
    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Documents/second for read+clean alone and for the full ingest into a fresh temporary store.")
    static final class Ingest implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "INPUT")
        List<String> inputs;

        @Spec
        CommandSpec spec;

        @Option(names = "--scale", paramLabel = "SIZES", split = ",",
                description = "Instead: build inputs of these many articles from the one JSON Lines INPUT (e.g. 10000,50000,100000;"
                        + " copies get new ids and perturbed text) and print docs/s, CPU use, peak heap, store and index size and API"
                        + " latency at each size, with the read+parse floor.")
        int[] scale;

        @Option(names = "--threads", defaultValue = "0", description = "Ingest threads for --scale (default: one per core).")
        int threads;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (scale != null) {
                if (inputs.size() != 1 || !java.nio.file.Files.isRegularFile(Path.of(inputs.get(0)))) {
                    throw new PantauException(ExitCodes.USAGE, "--scale takes one JSON Lines file to build its inputs from");
                }
                new id.pantau.bench.ScaleBenchmark().run(Path.of(inputs.get(0)), scale,
                        threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), spec.commandLine().getOut());
                return ExitCodes.OK;
            }
            new IngestBenchmark().run(inputs, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /** {@code pantau bench merge}: time to merge a store's events into happenings, on copies of them spread over the years. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Milliseconds to merge the store's events into one event per happening, and on 4, 16 and 64 copies of "
                    + "them (each copy three years later, its documents renamed), and to bring the merged events up to date when "
                    + "the newest article's events change (what the server does after an ingest).")
    static final class Merge implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<id.pantau.events.Event> base;
            try (id.pantau.store.Store store = data.openStoreWithEvents(spec.commandLine().getErr())) {
                base = store.events();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%10s %10s %10s %16s %18s %18s %16s%n", "events", "merged", "ms", "one article, ms", "SQL rows built, ms",
                    "SQL one article, ms", "SQL page, ms");
            for (int copies : new int[] {1, 4, 16, 64}) {
                List<id.pantau.events.Event> all = new java.util.ArrayList<>();
                for (int r = 0; r < copies; r++) {
                    for (id.pantau.events.Event e : base) {
                        String day = e.eventDate() == null ? null : java.time.LocalDate.parse(e.eventDate()).plusYears(3L * r).toString();
                        String suffix = r == 0 ? "" : "~" + r;
                        all.add(new id.pantau.events.Event(e.eventId() + suffix, e.eventType(), e.subEventType(), day, e.timePrecision(),
                                e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2(), e.country(), e.admin1(), e.admin2(), e.admin3(),
                                e.location(), e.latitude(), e.longitude(), e.geoPrecision(), e.geonamesId(), e.fatalities(), e.injured(),
                                e.displaced(), e.captured(), e.claims(), e.docIds().stream().map(d -> d + suffix).toList(), e.evidence(),
                                e.notes()));
                    }
                }
                new id.pantau.events.EventMerger().merge(all); // warm up
                long t0 = System.nanoTime();
                int merged = new id.pantau.events.EventMerger().merge(all).size();
                double full = (System.nanoTime() - t0) / 1e6;
                // what the server does when one new article's events arrive: the newest article recoded, its window merged
                id.pantau.events.MergedEvents kept = new id.pantau.events.MergedEvents();
                java.util.Map<String, List<id.pantau.events.Event>> byDoc = id.pantau.events.MergedEvents.byDocument(all);
                kept.update(byDoc);
                String newest = all.stream().filter(e -> e.eventDate() != null).max(java.util.Comparator.comparing(id.pantau.events.Event::eventDate))
                        .map(e -> e.docIds().get(0)).orElse(all.get(0).docIds().get(0));
                kept.update(java.util.Map.of(newest, byDoc.get(newest))); // warm up
                long t1 = System.nanoTime();
                kept.update(java.util.Map.of(newest, byDoc.get(newest)));
                double one = (System.nanoTime() - t1) / 1e6;
                double[] rows = sqlRows(byDoc, newest);
                out.printf("%,10d %,10d %,10.0f %,16.2f %,18.0f %,18.2f %,16.2f%n", all.size(), merged, full, one, rows[0], rows[1], rows[2]);
            }
            return ExitCodes.OK;
        }
    }

    /**
     * The merged events as SQL rows ({@link id.pantau.store.MergedEventTable}) in a scratch SQLite store holding these
     * events: milliseconds to build the rows, to bring them up to date after the newest article's events are written
     * again, and for the API's default page (count and first 50 by date).
     */
    static double[] sqlRows(java.util.Map<String, List<id.pantau.events.Event>> byDoc, String newest) {
        java.nio.file.Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("pantau-bench-merge");
            try (id.pantau.store.Store store = id.pantau.store.Store.open(dir)) {
                for (java.util.Map.Entry<String, List<id.pantau.events.Event>> d : new java.util.TreeMap<>(byDoc).entrySet()) {
                    store.upsert(new id.pantau.model.CleanDocument(d.getKey(), "bench", null, null, null, "id", "", d.getKey(), null,
                            new id.pantau.model.Origin("bench", "bench", d.getKey())), "", d.getKey(), new long[] {1}, null);
                    store.replaceEvents(d.getKey(), d.getValue(), "bench");
                }
                store.commit();
                id.pantau.store.MergedEventTable table = new id.pantau.store.MergedEventTable(store);
                long t0 = System.nanoTime();
                table.refresh();
                double built = (System.nanoTime() - t0) / 1e6;
                double one = 0;
                for (int i = 0; i < 3; i++) { // the last of three, warm
                    store.replaceEvents(newest, byDoc.get(newest), "bench");
                    store.commit();
                    long t1 = System.nanoTime();
                    table.refresh();
                    one = (System.nanoTime() - t1) / 1e6;
                }
                double page = 0;
                for (int i = 0; i < 3; i++) {
                    long t2 = System.nanoTime();
                    table.count(id.pantau.store.MergedEventTable.Filter.ALL);
                    table.page(id.pantau.store.MergedEventTable.Filter.ALL, "-date", 0, 50);
                    page = (System.nanoTime() - t2) / 1e6;
                }
                return new double[] {built, one, page};
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var files = java.nio.file.Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (java.io.IOException ignored) {
                    // a scratch directory left in the temp folder
                }
            }
        }
    }

    /** {@code pantau bench load}: latency and errors of a running server under many connections. */
    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Requests /api/events, /api/documents?q= and /api/timeline from many connections at once and prints "
                    + "requests, 4xx/5xx and p50/p95/p99 latency per route (run it while an ingest writes to the server's data directory).")
    static final class Load implements Callable<Integer> {
        @Option(names = "--base", defaultValue = "http://127.0.0.1:7070", description = "Server address (default: ${DEFAULT-VALUE}).")
        String base;

        @Option(names = "--connections", defaultValue = "64", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int connections;

        @Option(names = "--seconds", defaultValue = "30", description = "Duration (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            new id.pantau.bench.LoadBenchmark().run(base, connections, seconds, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /** {@code pantau bench search}: query latency on the corpus and on a synthetic large index. */
    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "p50/p95 latency of 100 typical queries on an index of a JSON Lines corpus, and optionally of N synthetic documents.")
    static final class Search implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS_JSONL")
        Path corpus;

        @Option(names = "--synthetic", paramLabel = "N", defaultValue = "0",
                description = "Also build an index of N documents by repeating the corpus (e.g. 1000000).")
        long synthetic;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            new id.pantau.bench.SearchBenchmark().run(corpus, synthetic, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /** {@code pantau bench extraction}: Pantau vs Readability4J vs boilerpipe. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Article-extraction F1 and ms/page of Pantau, Readability4J and boilerpipe on the same pages.")
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--anpandu", paramLabel = "GROUND_TRUTH_JSONL",
                description = "anpandu-style ground truth; pages are read from the pages/ folder beside it.")
        Path anpandu;

        @Option(names = "--scrapinghub", paramLabel = "GROUND_TRUTH_JSON",
                description = "scrapinghub-style ground truth; pages are read from html/SHA.html.gz beside it.")
        Path scrapinghub;

        @Option(names = "--per-page", description = "Print the F1 of every page.")
        boolean perPage;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException, InputException {
            PrintWriter out = spec.commandLine().getOut();
            if (anpandu == null && scrapinghub == null) {
                throw new PantauException(ExitCodes.USAGE, "give --anpandu FILE or --scrapinghub FILE");
            }
            Class<?> bench;
            try {
                bench = Class.forName("id.pantau.bench.ExtractionBenchmark");
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PantauException(ExitCodes.USAGE, "the extraction benchmark compares Pantau with Readability4J and boilerpipe, "
                        + "which the default build leaves out of the jar; build it with: mvn -Pbench -DskipTests package");
            }
            try {
                bench.getMethod("print", Path.class, Path.class, boolean.class, PrintWriter.class).invoke(null, anpandu, scrapinghub, perPage, out);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof InputException ie) {
                    throw ie;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return ExitCodes.OK;
        }
    }
}
