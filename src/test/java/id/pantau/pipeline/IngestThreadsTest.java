package id.pantau.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.cli.PantauCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input ingested on one thread and on several gives byte-identical exports: documents (with
 * their duplicate decisions) and events. The input mixes near-duplicate copies, repeated ids, a
 * rejected line and the bundled sample, and, when ../shared is present, 400 corpus articles.
 */
class IngestThreadsTest {
    @TempDir
    Path tmp;

    static final String[] TOWNS = {"Poso", "Wamena", "Intan Jaya", "Nduga", "Sibolga", "Makassar", "Bima", "Puncak"};

    private Path articles() throws Exception {
        Random r = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String town = TOWNS[r.nextInt(TOWNS.length)];
            String body = switch (i % 3) {
                case 0 -> "Kontak tembak terjadi di " + town + ", Senin. Sebanyak " + (2 + r.nextInt(9))
                        + " orang tewas dalam baku tembak antara aparat dan kelompok bersenjata, kata polisi.";
                case 1 -> "Polisi menangkap " + (2 + r.nextInt(20)) + " terduga teroris di " + town + " pada Selasa.";
                default -> "Ratusan mahasiswa berunjuk rasa di depan kantor DPRD " + town + " pada Rabu menolak kenaikan harga.";
            };
            // every fifth article is a copy of an earlier one with a different id: duplicate decisions depend on order
            String text = i % 5 == 4 ? lines.get(i - 3).replaceAll(".*\"text\": \"", "").replaceAll("\"}$", "")
                    : body + "\\n\\nWarga " + town + " diminta tetap tenang (catatan " + i + ").";
            String id = i % 50 == 49 ? "ulang-" + (i - 1) : "ulang-" + i; // a repeated id: the later line wins
            lines.add("{\"id\": \"" + id + "\", \"source\": \"Kabar" + (i % 4) + "\", \"date\": \"2023-09-1" + (i % 9)
                    + "\", \"title\": \"Berita " + i + "\", \"text\": \"" + text + "\"}");
        }
        lines.add("{\"id\": \"rusak\", \"text\": ");
        Path file = tmp.resolve("berita.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PantauCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(String.join(" ", args) + "\n" + err).isIn(0, 3);
        return out.toString();
    }

    @Test
    void oneThreadAndThreeGiveTheSameDocumentsAndEvents() throws Exception {
        List<String> inputs = new ArrayList<>(List.of(articles().toString(), "sample/teks", "sample/html", "sample/jsonl"));
        Path shared = Path.of(System.getProperty("pantau.shared", "../shared"), "corpus", "id-news.jsonl");
        if (Files.isRegularFile(shared)) {
            Path slice = tmp.resolve("corpus.jsonl");
            try (var lines = Files.lines(shared)) {
                Files.write(slice, lines.limit(400).toList(), StandardCharsets.UTF_8);
            }
            inputs.add(slice.toString());
        } else {
            System.out.println("IngestThreadsTest: ../shared not found; comparing on the generated articles and the sample only");
        }
        List<String> exports = new ArrayList<>();
        for (String threads : List.of("1", "3")) {
            String data = tmp.resolve("data-" + threads).toString();
            List<String> args = new ArrayList<>(List.of("ingest", "--no-progress", "--threads", threads, "--data", data,
                    "--dates", "sample/dates.csv"));
            args.addAll(inputs);
            run(args.toArray(String[]::new));
            Path docs = tmp.resolve("docs-" + threads + ".jsonl"), events = tmp.resolve("events-" + threads + ".jsonl");
            run("docs", "export", "--data", data, "-o", docs.toString());
            run("events", "export", "--data", data, "--no-merge", "-o", events.toString());
            exports.add(Files.readString(docs) + "\n----\n" + Files.readString(events));
        }
        assertThat(exports.get(0)).contains("\"duplicate_of\":\"ulang-").contains("Suicide bomb");
        assertThat(exports.get(1)).isEqualTo(exports.get(0));
    }
}
