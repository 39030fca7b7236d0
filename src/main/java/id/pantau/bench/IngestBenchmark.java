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
 * fresh temporary store, then a second run over the same input (everything unchanged), in one run.
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
            Runtime rt = Runtime.getRuntime();
            out.printf("heap used at end: %,d MB (max %,d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
