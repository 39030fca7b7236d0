package id.pantau.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on a real PostgreSQL server (a fresh database per test), and what only the shared store does. */
class PostgresStoreTest extends StoreContract {
    @RegisterExtension
    final PostgresTestServer.Database db = new PostgresTestServer.Database();

    @Override
    Store open(Path dataDir) {
        return Store.open(dataDir, db.url());
    }

    @Test
    void theStoreIsTheDatabaseNotAFileAndItsPasswordIsNeverShown() {
        try (Store s = open(tmp)) {
            assertThat(s.file()).isNull();
            assertThat(s.location()).startsWith(Store.POSTGRES_PREFIX).doesNotContain("password=pantau");
        }
        assertThat(tmp.resolve(Store.FILE)).doesNotExist();
    }

    @Test
    void anUnreachableServerIsAClearError() {
        String nowhere = "jdbc:postgresql://127.0.0.1:1/pantau?user=pantau&password=rahasia&connectTimeout=2";
        assertThatThrownBy(() -> Store.open(tmp, nowhere)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot open the store jdbc:postgresql://127.0.0.1:1/pantau")
                .hasMessageContaining("is the server running")
                .hasMessageNotContaining("rahasia");
    }
}
