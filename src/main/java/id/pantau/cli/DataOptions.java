package id.pantau.cli;

import id.pantau.store.Store;
import id.pantau.store.StoreException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The data options every command shares: the data directory (--data, else $PANTAU_DATA, else ./pantau-data), which
 * holds the search index and, by default, the SQLite store; and the store (--store, else $PANTAU_STORE), a PostgreSQL
 * JDBC URL for a store many analysts share.
 */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Data directory (default: $PANTAU_DATA, else ./pantau-data).")
    Path data;

    @Option(names = "--store", paramLabel = "JDBC_URL", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "A PostgreSQL store shared by a server, e.g. jdbc:postgresql://db:5432/pantau?user=pantau&password=... "
                    + "(default: $PANTAU_STORE, else the SQLite file in the data directory).")
    String store;

    /** The PostgreSQL URL of the store, or null for the SQLite file in the data directory. */
    public String storeUrl() {
        if (store != null && !store.isBlank()) {
            return store;
        }
        String env = System.getenv("PANTAU_STORE");
        return env == null || env.isBlank() ? null : env;
    }

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
            id.pantau.pipeline.EventStage.CatchUp c = id.pantau.pipeline.EventStage.lazy().threads(Runtime.getRuntime().availableProcessors()).catchUp(store);
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

    /**
     * Opens the existing store; a data directory without one is an error (a mistyped {@code --data}
     * must not answer "0 documents" from a new empty store).
     */
    public Store openStore() {
        Path dir = dataDir();
        if (storeUrl() == null && !java.nio.file.Files.isRegularFile(dir.resolve(Store.FILE))) {
            String where = data != null ? "--data " + dir : System.getenv("PANTAU_DATA") != null ? "$PANTAU_DATA (" + dir + ")" : dir.toString();
            throw new PantauException(ExitCodes.STORE, "no Pantau data in " + where + " (" + (java.nio.file.Files.isDirectory(dir)
                    ? "the folder has no " + Store.FILE : "no such folder") + "); check the path, or create it with: pantau ingest --data "
                    + dir + " INPUT...");
        }
        return openOrCreateStore();
    }

    /** Opens the store, creating the data directory and an empty store when there is none (ingest, demo). */
    public Store openOrCreateStore() {
        try {
            return Store.open(dataDir(), storeUrl());
        } catch (StoreException e) {
            throw new PantauException(ExitCodes.STORE, e.getMessage(), e);
        }
    }
}
