package id.pantau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    static final class Collect implements DocumentSink {
        final List<RawDocument> docs = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();

        @Override
        public void accept(RawDocument d) {
            docs.add(d);
        }

        @Override
        public void reject(Rejection r) {
            rejected.add(r);
        }
    }

    @Test
    void readsFieldsAndRejectsBadLinesAlone() throws Exception {
        Path f = dir.resolve("berita.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"a1\",\"source\":\"Antara\",\"url\":\"https://x.example/a1\",\"date\":\"2023-09-15\",\"title\":\"Judul\",\"text\":\"Isi berita satu.\"}",
                "{\"id\":\"a2\", \"text\": \"terpotong",
                "",
                "[1,2,3]",
                "{\"id\":\"a3\",\"title\":\"Tanpa isi\"}",
                "{\"id\":\"a4\",\"published\":\"2017-05-25\",\"html\":\"<p>Isi HTML</p>\"}",
                "{\"text\":\"tanpa id\"}"), StandardCharsets.UTF_8);
        Collect c = new Collect();
        new JsonLinesReader().read(new FileInput(dir, f), ReadLimits.DEFAULT, c);
        assertThat(c.docs).extracting(RawDocument::docId).containsExactly("a1", "a4", "berita.jsonl#7");
        RawDocument a1 = c.docs.get(0);
        assertThat(a1.source()).isEqualTo("Antara");
        assertThat(a1.published()).isEqualTo("2023-09-15");
        assertThat(a1.url()).isEqualTo("https://x.example/a1");
        assertThat(c.docs.get(1).isHtml()).isTrue();
        assertThat(c.docs.get(1).published()).isEqualTo("2017-05-25");
        assertThat(c.rejected).extracting(r -> r.origin().locator()).containsExactly("line 2", "line 4", "line 5");
        assertThat(c.rejected.get(0).reason()).contains("not valid JSON");
        assertThat(c.rejected.get(2).reason()).contains("no \"text\" or \"html\"");
        assertThat(c.rejected.get(0).message()).contains("berita.jsonl#line 2");
    }

    @Test
    void overlongLineIsRejectedAndReadingGoesOn() throws IOException, InputException {
        Path f = dir.resolve("big.jsonl");
        String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(5000) + "\"}";
        Files.writeString(f, big + "\n{\"id\":\"ok\",\"text\":\"kecil\"}\n");
        Collect c = new Collect();
        new JsonLinesReader().read(new FileInput(dir, f), new ReadLimits(1000), c);
        assertThat(c.docs).extracting(RawDocument::docId).containsExactly("ok");
        assertThat(c.rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("longer than 1,000 bytes"));
    }

    @Test
    void truncatedGzipIsAnInputError() throws IOException {
        Path f = dir.resolve("x.jsonl.gz");
        java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bo)) {
            gz.write("{\"id\":\"a\",\"text\":\"satu\"}\n".repeat(200).getBytes());
        }
        byte[] all = bo.toByteArray();
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        Collect c = new Collect();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JsonLinesReader().read(new FileInput(dir, f), ReadLimits.DEFAULT, c))
                .isInstanceOf(InputException.class).hasMessageContaining("truncated");
    }
}
