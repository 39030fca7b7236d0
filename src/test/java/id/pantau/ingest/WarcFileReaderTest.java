package id.pantau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcFileReaderTest {
    @TempDir
    Path dir;

    private Path writeWarc(String name, int pages) throws Exception {
        Path f = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), name.endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (int i = 0; i < pages; i++) {
                byte[] body = ("<html><head><title>Berita " + i + "</title></head><body><article><p>Isi berita nomor " + i
                        + " tentang serangan di perbatasan, kata saksi mata kepada wartawan.</p></article></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), body).build();
                w.write(new WarcResponse.Builder(URI.create("https://berita.example/" + i)).date(Instant.now()).body(http).build());
            }
            HttpResponse img = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build();
            w.write(new WarcResponse.Builder(URI.create("https://berita.example/logo.png")).body(img).build());
        }
        return f;
    }

    @Test
    void readsHtmlResponsesAndSkipsTheRest() throws Exception {
        Path f = writeWarc("crawl.warc.gz", 3);
        JsonLinesReaderTest.Collect c = new JsonLinesReaderTest.Collect();
        new WarcFileReader().read(new FileInput(dir, f), ReadLimits.DEFAULT, c);
        assertThat(c.docs).extracting(d -> d.docId()).containsExactly("https://berita.example/0", "https://berita.example/1", "https://berita.example/2");
        assertThat(c.docs.get(0).html()).contains("Isi berita nomor 0");
        assertThat(c.rejected).isEmpty();
    }

    @Test
    void truncatedArchiveKeepsEarlierRecordsAndRejectsTheRest() throws Exception {
        Path f = writeWarc("crawl.warc", 4);
        byte[] all = Files.readAllBytes(f);
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, Arrays.copyOf(all, (int) (all.length * 0.6)));
        JsonLinesReaderTest.Collect c = new JsonLinesReaderTest.Collect();
        new WarcFileReader().read(new FileInput(dir, cut), ReadLimits.DEFAULT, c);
        assertThat(c.docs).isNotEmpty().hasSizeLessThan(4);
        assertThat(c.rejected).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("truncated or malformed WARC");
            assertThat(r.origin().input()).endsWith("cut.warc");
        });
    }

    @Test
    void garbageIsRejected() throws Exception {
        Path f = dir.resolve("junk.warc");
        Files.writeString(f, "this is not a warc file at all\n");
        JsonLinesReaderTest.Collect c = new JsonLinesReaderTest.Collect();
        try {
            new WarcFileReader().read(new FileInput(dir, f), ReadLimits.DEFAULT, c);
        } catch (InputException e) {
            c.reject(new id.pantau.model.Rejection(new id.pantau.model.Origin(f.toString(), "warc", ""), e.getMessage()));
        }
        assertThat(c.docs).isEmpty();
        assertThat(c.rejected).isNotEmpty();
    }
}
