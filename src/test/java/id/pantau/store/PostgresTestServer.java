package id.pantau.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the store tests use: {@code $PANTAU_TEST_POSTGRES}, a JDBC URL of a role that may create
 * databases (".ci/run" starts Debian's postgresql and sets it, e.g.
 * {@code jdbc:postgresql://localhost:5432/postgres?user=pantau&password=pantau}). Each test gets a database of its
 * own, dropped afterwards. Without the variable, or with a server that does not answer, the tests are skipped, saying so.
 */
public final class PostgresTestServer {
    public static final String ENV = "PANTAU_TEST_POSTGRES";

    private PostgresTestServer() {
    }

    /** The admin URL, or a skipped test explaining what is missing. */
    public static String adminUrl() {
        String url = System.getenv(ENV);
        assumeTrue(url != null && !url.isBlank(), "PostgreSQL store tests skipped: $" + ENV
                + " is not set (set it to a JDBC URL of a role that may create databases; .ci/run does)");
        try (Connection c = DriverManager.getConnection(url)) {
            return url;
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL store tests skipped: the server of $" + ENV + " (" + Store.redact(url)
                    + ") does not answer: " + e.getMessage());
            return null;
        }
    }

    /** Creates a fresh database and returns its JDBC URL (the admin URL with the database replaced). */
    public static String createDatabase(String adminUrl) {
        String name = "pantau_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(adminUrl, "CREATE DATABASE " + name);
        return adminUrl.replaceFirst("^(jdbc:postgresql://[^/?]*/)[^?]*", "$1" + name);
    }

    /** Drops the database of {@code url}, closing what is still connected to it. */
    public static void dropDatabase(String adminUrl, String url) {
        String name = url.replaceFirst("^jdbc:postgresql://[^/?]*/([^?]*).*$", "$1");
        execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /**
     * A fresh database for each test ({@code @RegisterExtension PostgresTestServer.Database db = new ...}): created before
     * the test, dropped after it; without a server the test is skipped, saying why ({@link #adminUrl}).
     */
    public static final class Database implements BeforeEachCallback, AfterEachCallback {
        private String admin;
        private String url;

        /** The JDBC URL of this test's database. */
        public String url() {
            return url;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            admin = adminUrl();
            url = createDatabase(admin);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (url != null) {
                dropDatabase(admin, url);
                url = null;
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + Store.redact(url) + ": " + e.getMessage(), e);
        }
    }
}
