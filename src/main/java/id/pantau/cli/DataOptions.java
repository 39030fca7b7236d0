package id.pantau.cli;

import id.pantau.store.Store;
import id.pantau.store.StoreException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The data directory option every command shares: --data, else $PANTAU_DATA, else ./pantau-data. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Data directory (default: $PANTAU_DATA, else ./pantau-data).")
    Path data;

    public Path dataDir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("PANTAU_DATA");
        return Path.of(env == null || env.isBlank() ? "pantau-data" : env);
    }

    /**
     * Opens the store and first codes the documents whose events are missing or were coded by another
     * coder version (an interrupted ingest, a rules upgrade), saying so on {@code err}.
     */
    public Store openStoreWithEvents(java.io.PrintWriter err) {
        Store store = openStore();
        try {
            id.pantau.pipeline.EventStage.CatchUp c = id.pantau.pipeline.EventStage.lazy().catchUp(store);
            if (c.documents() > 0) {
                err.printf("pantau: coded the events of %,d documents that were missing or coded by an older coder%n", c.documents());
                err.flush();
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    public Store openStore() {
        try {
            return Store.open(dataDir());
        } catch (StoreException e) {
            throw new PantauException(ExitCodes.STORE, e.getMessage(), e);
        }
    }
}
