package id.pantau.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The merged-event rows on a real PostgreSQL server (a fresh database per test; skipped, saying why, without one). */
class PostgresMergedEventTableTest extends MergedEventTableContract {
    @RegisterExtension
    final PostgresTestServer.Database db = new PostgresTestServer.Database();

    @Override
    Store open(Path dataDir) {
        return Store.open(dataDir, db.url());
    }
}
