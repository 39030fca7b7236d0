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

    public Store openStore() {
        try {
            return Store.open(dataDir());
        } catch (StoreException e) {
            throw new PantauException(ExitCodes.STORE, e.getMessage(), e);
        }
    }
}
