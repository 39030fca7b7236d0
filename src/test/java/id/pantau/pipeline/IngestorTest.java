package id.pantau.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.ingest.InputDispatcher;
import id.pantau.ingest.PoliteFetcher;
import id.pantau.ingest.ReadLimits;
import id.pantau.model.Rejection;
import id.pantau.store.Store;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole ingest job over a folder of good and bad inputs, into a real SQLite file. */
class IngestorTest {
    @TempDir
    Path tmp;

    static final String ARTICLE = "Jakarta - Dua ledakan bom bunuh diri mengguncang kawasan Terminal Kampung Melayu, Jakarta Timur, "
            + "Rabu malam. Tiga anggota Polri yang sedang berjaga gugur dalam peristiwa itu, kata juru bicara Polri.\n"
            + "Polisi menduga para pelaku terkait dengan jaringan Jamaah Ansharut Daulah. Tim Densus 88 sudah diterjunkan.\n";

    private Path corpus() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("satu.txt"), "Bom Meledak di Kampung Melayu\n" + ARTICLE);
        Files.writeString(in.resolve("sub/dua.txt"), "Bom Kampung Melayu Tewaskan Tiga Polisi\n" + ARTICLE + "(kn/ant)\n");
        Files.writeString(in.resolve("kosong.txt"), "");
        Files.write(in.resolve("gambar.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        Files.writeString(in.resolve("rusak.jsonl"), "{\"id\":\"j1\",\"text\":\"Banjir merendam ribuan rumah di Bekasi, kata petugas BPBD kepada wartawan pada Kamis.\"}\n{\"id\": \"j2\", \"te");
        Files.writeString(in.resolve("hanya-menu.html"), "<html><body><nav><a href='/'>Beranda</a></nav><footer>© 2023</footer></body></html>");
        Files.write(in.resolve("latin1.txt"), ("Serangan di Café Damaskus\nPasukan pemerintah menyerang kafe di pusat kota Damaskus, "
                + "kata saksi mata. Dua orang terluka dalam serangan itu menurut polisi setempat.\n").getBytes(StandardCharsets.ISO_8859_1));
        try (RandomAccessFile big = new RandomAccessFile(in.resolve("raksasa.txt").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
            big.write("Artikel raksasa".getBytes(StandardCharsets.UTF_8));
        }
        return in;
    }

    private Ingestor ingestor(Store store, List<Rejection> rejected) {
        return new Ingestor(store, new InputDispatcher(ReadLimits.DEFAULT, new PoliteFetcher(PoliteFetcher.Settings.DEFAULT)),
                DocumentCleaner.standard(), Map.of("satu.txt", "2017-05-25"), rejected::add, () -> { });
    }

    @Test
    void badInputsAreRejectedByNameAndNothingElseIsLost() throws Exception {
        Path in = corpus();
        List<Rejection> rejected = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("data"))) {
            IngestStats s = ingestor(store, rejected).run(List.of(in.toString(), tmp.resolve("tidak-ada").toString()));
            assertThat(s.added()).isEqualTo(4);
            assertThat(rejected).extracting(r -> r.origin().input() + " " + r.origin().locator() + ": " + r.reason())
                    .anySatisfy(m -> assertThat(m).contains("kosong.txt").contains("empty"))
                    .anySatisfy(m -> assertThat(m).contains("gambar.txt").contains("binary"))
                    .anySatisfy(m -> assertThat(m).contains("rusak.jsonl").contains("line 2").contains("not valid JSON"))
                    .anySatisfy(m -> assertThat(m).contains("hanya-menu.html").contains("no article text"))
                    .anySatisfy(m -> assertThat(m).contains("raksasa.txt").contains("too large"))
                    .anySatisfy(m -> assertThat(m).contains("tidak-ada").contains("no such file"));
            assertThat(rejected).hasSize(6);
            assertThat(store.rejections()).hasSize(6);
            assertThat(store.get("satu.txt").orElseThrow().document().published()).isEqualTo("2017-05-25");
            assertThat(store.get("latin1.txt").orElseThrow().document().text()).contains("kafe di pusat kota Damaskus");
            assertThat(store.get("sub/dua.txt").orElseThrow().document().duplicateOf()).isEqualTo("satu.txt");
            assertThat(store.get("j1").orElseThrow().document().language()).isEqualTo("id");
        }
    }

    @Test
    void reRunningChangesNothingAndAddsNoRows() throws Exception {
        Path in = corpus();
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            ingestor(store, new ArrayList<>()).run(List.of(in.toString()));
        }
        try (Store store = Store.open(data)) {
            IngestStats again = ingestor(store, new ArrayList<>()).run(List.of(in.toString()));
            assertThat(again.added()).isZero();
            assertThat(again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo(4);
            assertThat(store.count()).isEqualTo(4);
            assertThat(store.rejections()).hasSize(5);
        }
    }

    @Test
    void anInterruptedRunCompletesWhenRunAgain() throws Exception {
        Path in = corpus();
        Path data = tmp.resolve("data");
        // simulate an interruption: the first run only got through one file
        try (Store store = Store.open(data)) {
            ingestor(store, new ArrayList<>()).run(List.of(in.resolve("satu.txt").toString()));
        }
        try (Store store = Store.open(data)) {
            IngestStats s = ingestor(store, new ArrayList<>()).run(List.of(in.toString()));
            assertThat(s.unchanged()).isEqualTo(1);
            assertThat(s.added()).isEqualTo(3);
            assertThat(store.count()).isEqualTo(4);
        }
    }

    @Test
    void changedInputUpdatesTheDocumentInPlace() throws Exception {
        Path in = tmp.resolve("one");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Judul Berita Pertama\n" + ARTICLE);
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            ingestor(store, new ArrayList<>()).run(List.of(in.toString()));
            Files.writeString(in.resolve("a.txt"), "Judul Berita Pertama\n" + ARTICLE + "Polisi masih memburu seorang lagi yang diduga perakit bom.\n");
            IngestStats s = ingestor(store, new ArrayList<>()).run(List.of(in.toString()));
            assertThat(s.updated()).isEqualTo(1);
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.get("a.txt").orElseThrow().document().text()).contains("perakit bom");
        }
    }

    @Test
    void hugeAndEndlessInputsStopAtTheirLimitsAndManyBadLinesAreSummarised() throws Exception {
        Path in = tmp.resolve("limits");
        Files.createDirectories(in);
        // a small gzip that expands to 64 MB of one endless line, a file of 500 empty JSON objects, an empty .jsonl,
        // an id no index can hold, and one good article beside them
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(in.resolve("bom.jsonl.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        Files.writeString(in.resolve("kosong-semua.jsonl"), "{}\n".repeat(500));
        Files.writeString(in.resolve("hampa.jsonl"), "");
        Files.writeString(in.resolve("id-panjang.jsonl"), "{\"id\": \"" + "x".repeat(40_000) + "\", \"text\": \"" + ARTICLE.replace("\n", " ")
                + "\"}\n");
        Files.writeString(in.resolve("baik.txt"), "Bom Meledak di Kampung Melayu\n" + ARTICLE);
        List<Rejection> rejected = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingestor job = new Ingestor(store, new InputDispatcher(new ReadLimits(1 << 20, 16L << 20),
                    new PoliteFetcher(PoliteFetcher.Settings.DEFAULT)), DocumentCleaner.standard(), Map.of(), rejected::add, () -> { });
            long t0 = System.nanoTime();
            IngestStats s = job.run(List.of(in.toString()));
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(60);
            assertThat(s.added()).as("the good article").isEqualTo(1);
            assertThat(rejected).extracting(r -> r.origin().input() + ": " + r.reason())
                    .anySatisfy(m -> assertThat(m).contains("bom.jsonl.gz").contains("once decompressed"))
                    .anySatisfy(m -> assertThat(m).contains("hampa.jsonl").contains("no JSON lines"))
                    .anySatisfy(m -> assertThat(m).contains("id-panjang.jsonl").contains("document id longer"))
                    .anySatisfy(m -> assertThat(m).contains("kosong-semua.jsonl").contains("the rest are counted"));
            assertThat(rejected).filteredOn(r -> r.origin().input().endsWith("kosong-semua.jsonl")).hasSize(Ingestor.REJECTIONS_PER_INPUT + 1);
            assertThat(store.rejections()).filteredOn(r -> r.origin().input().endsWith("kosong-semua.jsonl"))
                    .hasSize(Ingestor.REJECTIONS_PER_INPUT + 1);
        }
    }

    @Test
    void aFifoIsRefusedInsteadOfReadForever() throws Exception {
        Path fifo = tmp.resolve("pipa.jsonl");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "skipped: mkfifo is not available here");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "skipped: mkfifo failed");
        List<Rejection> rejected = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("data"))) {
            ingestor(store, rejected).run(List.of(fifo.toString()));
            assertThat(rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("not a regular file"));
        }
    }
}
