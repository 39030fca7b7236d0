package id.pantau.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The store contract on the embedded SQLite file, and what only the file store does. */
class StoreTest extends StoreContract {
    @Override
    Store open(Path dataDir) {
        return Store.open(dataDir);
    }

    @Test
    void theStoreIsOneFileInTheDataDirectory() {
        try (Store s = open(tmp.resolve("data"))) {
            assertThat(s.file()).isEqualTo(tmp.resolve("data").resolve(Store.FILE));
            assertThat(s.location()).isEqualTo(s.file().toString());
        }
        assertThat(Files.exists(tmp.resolve("data").resolve(Store.FILE))).isTrue();
    }

    @Test
    void unwritableDataDirectoryGivesAClearError() throws Exception {
        Path file = tmp.resolve("not-a-dir");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> Store.open(file.resolve("data"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot open the store");
    }

    @Test
    void aStoreUrlThatIsNotPostgresIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> Store.open(tmp, "jdbc:mysql://db/pantau?user=a&password=rahasia"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a PostgreSQL JDBC URL")
                .hasMessageContaining("password=***")
                .hasMessageNotContaining("rahasia");
    }
}
