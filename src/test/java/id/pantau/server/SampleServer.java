package id.pantau.server;

import id.pantau.cli.PantauCli;
import id.pantau.search.DocumentIndex;
import id.pantau.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** The bundled sample ingested into a temporary data directory, served on a random local port. */
final class SampleServer implements AutoCloseable {
    final Store store;
    final DocumentIndex index;
    final ApiServer server;
    final String base;

    SampleServer(Path dataDir) {
        int code = PantauCli.execute(new String[] {"ingest", "--data", dataDir.toString(), "--dates", "sample/dates.csv",
            "sample/teks", "sample/html", "sample/jsonl"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        if (code != 0) {
            throw new IllegalStateException("ingesting the sample failed with exit code " + code);
        }
        store = Store.open(dataDir);
        index = DocumentIndex.open(dataDir);
        server = new ApiServer(store, index).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        index.close();
        store.close();
    }
}
