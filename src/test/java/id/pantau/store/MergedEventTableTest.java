package id.pantau.store;

import java.nio.file.Path;

/** The merged-event rows in the embedded SQLite store. */
class MergedEventTableTest extends MergedEventTableContract {
    @Override
    Store open(Path dataDir) {
        return Store.open(dataDir);
    }
}
