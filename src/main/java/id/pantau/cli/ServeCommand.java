package id.pantau.cli;

import java.io.PrintWriter;

import id.pantau.search.DocumentIndex;
import id.pantau.server.ApiServer;
import id.pantau.store.Store;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau serve}: the dashboard and the REST API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the dashboard (map, timeline, events, search) and the REST API until stopped with Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        serve(data, host, port, spec);
        return ExitCodes.OK;
    }

    /** How often the server looks for what other processes (an ingest) wrote to the store. */
    static final int FOLLOW_SECONDS = 3;

    /**
     * Keeps a serving process in step with the store while other processes write to it: ends its read
     * snapshot, codes documents whose events are missing or stale, indexes documents written after the
     * index's watermark (the server brings its merged events up to date itself). Every step is short and takes the store's lock only while touching it.
     */
    static final class Follower {
        private final Store store;
        private final DocumentIndex index;
        private final PrintWriter err;
        private final id.pantau.pipeline.EventStage events = id.pantau.pipeline.EventStage.lazy();

        Follower(Store store, DocumentIndex index, PrintWriter err) {
            this.store = store;
            this.index = index;
            this.err = err;
        }

        void tick() {
            try {
                java.util.List<String> stale;
                synchronized (store) {
                    store.commit(); // a new read snapshot: see what other processes committed
                    stale = store.staleForCoding(id.pantau.events.CoderVersion.get());
                }
                for (String id : stale) {
                    synchronized (store) {
                        events.run(store, java.util.List.of(id));
                    }
                }
                long n;
                synchronized (store) {
                    n = index.catchUp(store, java.time.Duration.ofSeconds(2));
                }
                if (!stale.isEmpty() || n > 0) {
                    err.printf("pantau: caught up with the store: %,d documents coded, %,d indexed%n", stale.size(), Math.max(0, n));
                    err.flush();
                }
            } catch (RuntimeException e) {
                err.println("pantau: could not catch up with the store (will retry): " + e.getMessage());
                err.flush();
            }
        }
    }

    static void serve(DataOptions data, String host, int port, CommandSpec spec) throws InterruptedException {
        try (Store store = data.openStore(); DocumentIndex index = DocumentIndex.open(data.dataDir())) {
            Follower follower = new Follower(store, index, spec.commandLine().getErr());
            java.util.concurrent.ScheduledExecutorService every = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "pantau-follow-store");
                t.setDaemon(true);
                return t;
            });
            // the first catch-up (events of a newer coder, documents not yet indexed) starts at once, while serving
            every.scheduleWithFixedDelay(follower::tick, 0, FOLLOW_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            try (ApiServer server = new ApiServer(store, index).start(host, port)) {
                spec.commandLine().getOut().printf("Pantau dashboard: http://%s:%d/  (API: /api/events, /openapi.json; Ctrl-C to stop)%n",
                        host, server.port());
                spec.commandLine().getOut().flush();
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            }
        }
    }
}
