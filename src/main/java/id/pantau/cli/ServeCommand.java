package id.pantau.cli;

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

    static void serve(DataOptions data, String host, int port, CommandSpec spec) throws InterruptedException {
        try (Store store = data.openStore(); DocumentIndex index = DocumentIndex.open(data.dataDir())) {
            if (index.size() == 0 && store.count() > 0) {
                index.rebuild(store);
            }
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
