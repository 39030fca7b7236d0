package id.pantau.bench;

import id.pantau.ingest.DocumentSink;
import id.pantau.ingest.InputDispatcher;
import id.pantau.ingest.PoliteFetcher;
import id.pantau.ingest.ReadLimits;
import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;
import id.pantau.pipeline.DocumentCleaner;
import id.pantau.pipeline.IngestStats;
import id.pantau.pipeline.Ingestor;
import id.pantau.lang.LanguageIdentifier;
import id.pantau.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Ingest throughput: read+clean alone (no language, dedup or store), then the full ingest into a
 * fresh temporary store, then a second run over the same input (everything unchanged), then the full ingest with
 * one thread and with one per core (each into a fresh store), in one run.
 */
public final class IngestBenchmark {
    public void run(List<String> inputs, PrintWriter out) throws IOException {
        LanguageIdentifier.preload();
        DocumentCleaner cleaner = DocumentCleaner.standard();
        InputDispatcher dispatcher = new InputDispatcher(ReadLimits.DEFAULT, new PoliteFetcher(PoliteFetcher.Settings.DEFAULT));
        long[] n = {0, 0};
        long t0 = System.nanoTime();
        dispatcher.read(inputs, new DocumentSink() {
            @Override
            public void accept(RawDocument d) {
                cleaner.clean(d);
                n[0]++;
            }

            @Override
            public void reject(Rejection r) {
                n[1]++;
            }
        });
        double clean = (System.nanoTime() - t0) / 1e9;
        out.printf("read+clean:      %,d documents in %.2f s = %,.0f documents/second (%,d rejected)%n",
                n[0], clean, n[0] / clean, n[1]);
        Path dir = Files.createTempDirectory("pantau-bench");
        try {
            for (String label : new String[] {"full ingest:    ", "re-ingest (noop):"}) {
                try (Store store = Store.open(dir)) {
                    Ingestor ing = new Ingestor(store, dispatcher, cleaner, Map.of(), r -> { }, () -> { });
                    IngestStats s = ing.run(inputs);
                    out.printf("%s %,d documents in %.2f s = %,.0f documents/second (added %,d, unchanged %,d, duplicates %,d)%n",
                            label, s.documents(), s.seconds(), s.docsPerSecond(), s.added(), s.unchanged(), s.duplicates());
                }
            }
            // threads: the same full ingest with 1 and with N threads, each into a fresh store, in this JVM after the
            // runs above (so the JIT compiler, which would otherwise spend a core of a small machine, is mostly done)
            int cores = Runtime.getRuntime().availableProcessors();
            double base = 0;
            for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                Path fresh = Files.createTempDirectory(dir, "threads");
                long cpu0 = ScaleBenchmark.cpuNanos();
                try (Store store = Store.open(fresh)) {
                    Ingestor ing = new Ingestor(store, dispatcher, cleaner, Map.of(), r -> { }, () -> { }).threads(threads);
                    IngestStats s = ing.run(inputs);
                    double cpu = (ScaleBenchmark.cpuNanos() - cpu0) / 1e9;
                    base = threads == 1 ? s.docsPerSecond() : base;
                    out.printf("full ingest, %d thread%s: %,d documents in %.2f s = %,.0f documents/second (%.2fx 1 thread); CPU %.1f s = %.2f cores%n",
                            threads, threads == 1 ? " " : "s", s.documents(), s.seconds(), s.docsPerSecond(), s.docsPerSecond() / base, cpu,
                            cpu / s.seconds());
                }
            }
            Runtime rt = Runtime.getRuntime();
            out.printf("heap used at end: %,d MB (max %,d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
