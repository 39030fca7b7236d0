package id.pantau.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.ingest.InputDispatcher;
import id.pantau.ingest.PoliteFetcher;
import id.pantau.ingest.ReadLimits;
import id.pantau.model.Rejection;
import id.pantau.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the whole ingest: malformed inputs of every reader's format (random bytes,
 * truncated and bit-flipped copies of good files, wrong encodings, NUL bytes, long single lines,
 * deeply nested JSON and HTML, gzip bombs, odd file names) in one folder with good articles. The run
 * must finish, store every good article, and record a reason for every input it does not store.
 * {@code -Dpantau.fuzz.inputs=N} changes the number of inputs (2,000 by default; 10,000 as a bench).
 */
class FuzzTest {
    @TempDir
    Path tmp;

    static final String ARTICLE = "Jakarta - Dua ledakan bom bunuh diri mengguncang kawasan Terminal Kampung Melayu, Jakarta Timur, "
            + "Rabu malam. Tiga anggota Polri yang sedang berjaga gugur dalam peristiwa itu, kata juru bicara Polri.\n"
            + "Polisi menduga para pelaku terkait dengan jaringan Jamaah Ansharut Daulah.\n";

    private static byte[] good(int kind, int i) {
        String title = "Berita uji " + i;
        return switch (kind) {
            case 0 -> (title + "\n" + ARTICLE + "Nomor " + i + ".\n").getBytes(StandardCharsets.UTF_8);
            case 1 -> ("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + ARTICLE
                    + "</p><p>Nomor " + i + ".</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            case 2 -> ("{\"id\": \"fz-" + i + "\", \"title\": \"" + title + "\", \"text\": \"" + ARTICLE.replace("\n", "\\n")
                    + " Nomor " + i + ".\"}\n").getBytes(StandardCharsets.UTF_8);
            default -> ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Uji</title><item><title>" + title
                    + "</title><link>http://127.0.0.1:9/" + i + "</link><description>" + ARTICLE + "</description></item></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static final String[] EXT = {".txt", ".html", ".jsonl", ".rss"};

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    /** One malformed input; its name and bytes. */
    private static Object[] bad(Random r, int i) throws IOException {
        int kind = r.nextInt(EXT.length);
        byte[] base = good(kind, 100_000 + i);
        String ext = EXT[kind];
        switch (r.nextInt(12)) {
            case 0: {
                byte[] b = new byte[r.nextInt(4096)];
                r.nextBytes(b);
                return new Object[] {"acak-" + i + ext, b};
            }
            case 1:
                return new Object[] {"potong-" + i + ext, java.util.Arrays.copyOf(base, r.nextInt(base.length))};
            case 2: {
                byte[] b = base.clone();
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return new Object[] {"balik-" + i + ext, b};
            }
            case 3: {
                String s = new String(base, StandardCharsets.UTF_8);
                Charset cs = switch (r.nextInt(4)) {
                    case 0 -> StandardCharsets.UTF_16LE;
                    case 1 -> StandardCharsets.UTF_16BE;
                    case 2 -> StandardCharsets.UTF_16;
                    default -> Charset.forName("Shift_JIS");
                };
                return new Object[] {"kode-" + i + ext, s.getBytes(cs)};
            }
            case 4: {
                byte[] b = base.clone();
                for (int k = 0; k < 5; k++) {
                    b[r.nextInt(b.length)] = 0;
                }
                return new Object[] {"nul-" + i + ext, b};
            }
            case 5:
                return new Object[] {"panjang-" + i + ".jsonl", ("{\"id\": \"p" + i + "\", \"text\": \"" + "a".repeat(3 << 20) + "\"}")
                        .getBytes(StandardCharsets.UTF_8)};
            case 6:
                return new Object[] {"dalam-" + i + ".jsonl", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8)};
            case 7:
                return new Object[] {"bersarang-" + i + ".html", ("<html><body>" + "<div><table><tr><td>".repeat(20_000) + ARTICLE
                        + "</body></html>").getBytes(StandardCharsets.UTF_8)};
            case 8:
                return new Object[] {"bom-" + i + ".jsonl.gz", gzip(new byte[8 << 20])};
            case 9:
                return new Object[] {"gz-rusak-" + i + ext + ".gz", java.util.Arrays.copyOf(gzip(base), 20)};
            case 10:
                return new Object[] {"nama\nbaris-" + i + ext, base};
            default:
                return new Object[] {"kosong-" + i + ext, new byte[0]};
        }
    }

    @Test
    void malformedInputsAreRejectedWithReasonsAndGoodOnesAllStored() throws Exception {
        int inputs = Integer.getInteger("pantau.fuzz.inputs", 2_000);
        Random r = new Random(20261130L);
        Path in = tmp.resolve("fuzz");
        Files.createDirectories(in);
        List<String> goodIds = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            if (i % 10 == 0) {
                int kind = (i / 10) % 3; // text, HTML, JSON Lines
                Path f = in.resolve("baik-" + i + EXT[kind]);
                Files.write(f, good(kind, i));
                goodIds.add(kind == 2 ? "fz-" + i : f.getFileName().toString());
            } else {
                Object[] b = bad(r, i);
                try {
                    Files.write(in.resolve((String) b[0]), (byte[]) b[1]);
                } catch (java.nio.file.InvalidPathException e) {
                    Files.write(in.resolve("nama-" + i + ".txt"), (byte[]) b[1]);
                }
            }
        }
        Files.createSymbolicLink(in.resolve("lingkaran"), in); // a symlink loop
        List<Rejection> rejected = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingestor job = new Ingestor(store, new InputDispatcher(new ReadLimits(2 << 20, 64L << 20),
                    new PoliteFetcher(PoliteFetcher.Settings.DEFAULT)), DocumentCleaner.standard(), Map.of(), rejected::add, () -> { });
            IngestStats s = job.run(List.of(in.toString()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("fuzz: %,d inputs in %.1f s: %,d stored, %,d rejected%n", inputs, seconds, s.added(), s.rejected());
            for (String id : goodIds) {
                assertThat(store.get(id)).as("good article %s", id).isPresent();
            }
            assertThat(rejected).allSatisfy(x -> {
                assertThat(x.reason()).as("reason of %s", x.origin().input()).isNotBlank().isNotEqualTo("null")
                        .doesNotEndWith(": null").doesNotContain("(null)");
                assertThat(x.reason().codePoints().noneMatch(Character::isISOControl)).as("printable reason: %s", x.reason()).isTrue();
            });
        }
    }
}
