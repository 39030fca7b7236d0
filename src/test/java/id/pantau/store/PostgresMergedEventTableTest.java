package id.pantau.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The merged-event rows on a real PostgreSQL server (a fresh database per test; skipped, saying why, without one). */
class PostgresMergedEventTableTest extends MergedEventTableContract {
    private String admin;
    private String url;

    @BeforeEach
    void createDatabase() {
        admin = PostgresTestServer.adminUrl();
        url = PostgresTestServer.createDatabase(admin);
    }

    @AfterEach
    void dropDatabase() {
        if (url != null) {
            PostgresTestServer.dropDatabase(admin, url);
        }
    }

    @Override
    Store open(Path dataDir) {
        return Store.open(dataDir, url);
    }
}
