package id.pantau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pantau import} on a folder shaped like a Spark run's output, written here by hand (the Spark module's
 * equivalence test imports a real run): a bad line is named and skipped, events of another coder are recoded.
 */
class ImportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void importsGoodLinesNamesBadOnesAndRecodesAnotherCodersEvents() throws Exception {
        Path run = tmp.resolve("run");
        Files.createDirectories(run.resolve("documents.jsonl"));
        Files.writeString(run.resolve("documents.jsonl/part-00000"), String.join("\n",
                "{\"doc_id\":\"a1\",\"source\":\"Warta Jakarta\",\"url\":null,\"title\":\"Bom di Kampung Melayu\",\"published\":\"2017-05-25\","
                        + "\"language\":\"id\",\"text\":\"Jakarta - Bom bunuh diri meledak di Terminal Kampung Melayu, Jakarta Timur, Rabu (24/5)"
                        + " malam. Tiga polisi tewas, kata juru bicara Polri.\",\"duplicate_of\":null,\"similarity\":null,"
                        + "\"origin_input\":\"berita.jsonl\",\"origin_reader\":\"jsonl\",\"origin_locator\":\"line 1\"}",
                "{\"doc_id\": \"a2\", \"text\": ",
                ""));
        Files.writeString(run.resolve("rejections.jsonl"), "{\"input\":\"rusak.html\",\"reader\":\"html\",\"locator\":\"\",\"reason\":\"binary data\"}\n");
        Files.writeString(run.resolve("run.json"), "{\"coder\": \"coder-older\"}\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        String data = tmp.resolve("data").toString();
        int code = PantauCli.execute(new String[] {"import", "--data", data, run.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.SOME_REJECTED);
        assertThat(err.toString()).contains("part-00000 line 2 skipped").contains("coder-older");
        assertThat(out.toString()).contains("imported 1 documents", "1 rejections", "1 malformed lines");
        try (Store store = Store.open(tmp.resolve("data"))) {
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("binary data"));
            assertThat(store.events()).as("recoded by this build's coder").isNotEmpty();
            assertThat(store.get("a1").orElseThrow().document().origin().describe()).isEqualTo("berita.jsonl#line 1");
        }
    }

    @Test
    void aFolderThatIsNotARunIsRefused() {
        StringWriter err = new StringWriter();
        int code = PantauCli.execute(new String[] {"import", "--data", tmp.resolve("d").toString(), tmp.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(err.toString()).contains("no documents.jsonl");
    }
}
