package id.pantau.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pantau.cli.PantauCli;
import id.pantau.search.DocumentIndex;
import id.pantau.server.ApiServer;
import id.pantau.store.Store;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Ingest at scale: inputs of N articles made from a corpus (each copy with new ids and perturbed text,
 * so that copies are not duplicates of each other), each ingested into a fresh store as {@code pantau
 * ingest} does, printing documents/second, CPU utilisation (CPU time / wall time), peak heap, store and
 * index size, and the latency of {@code /api/events} and {@code /api/timeline} at that size; with the
 * read+parse floor (Jackson reading the same file) measured in the same run.
 */
public final class ScaleBenchmark {
    private static final String[] CLITICS = {"nya", "lah", "pun", "kah"};
    private static final ObjectMapper JSON = new ObjectMapper();

    public void run(Path corpus, int[] sizes, int threads, PrintWriter out) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        out.printf("corpus: %,d articles from %s; threads %d; max heap %,d MB%n", lines.size(), corpus, threads,
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("%9s %9s %8s %6s %9s %9s %9s %8s %14s %14s %9s%n", "articles", "docs/s", "floor/s", "ratio", "cpu/wall",
                "peak MB", "store MB", "index MB", "events p50/95", "timeline p50/95", "events");
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("pantau-scale");
            try {
                Path input = dir.resolve("input.jsonl");
                write(lines, n, input);
                double floor = floor(input);
                System.gc();
                long[] peakBytes = {0};
                Thread sampler = new Thread(() -> {
                    var heap = ManagementFactory.getMemoryMXBean();
                    while (!Thread.currentThread().isInterrupted()) {
                        peakBytes[0] = Math.max(peakBytes[0], heap.getHeapMemoryUsage().getUsed());
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "pantau-heap-sampler");
                sampler.setDaemon(true);
                sampler.start();
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                StringWriter log = new StringWriter();
                int code = PantauCli.execute(new String[] {"ingest", "--no-progress", "--threads", String.valueOf(threads), "--data",
                    dir.resolve("data").toString(), input.toString()}, new PrintWriter(log), new PrintWriter(log));
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                sampler.interrupt();
                sampler.join();
                long peak = peakBytes[0] >> 20;
                if (code != 0 && code != 3) {
                    out.println("ingest of " + n + " articles failed with exit code " + code + ":\n" + log);
                    continue;
                }
                long storeMb = size(dir.resolve("data").resolve(Store.FILE)) + size(dir.resolve("data").resolve(Store.FILE + "-wal"));
                long indexMb = size(dir.resolve("data").resolve(DocumentIndex.DIR));
                double[][] api;
                long events;
                try (Store store = Store.open(dir.resolve("data")); DocumentIndex index = DocumentIndex.open(dir.resolve("data"));
                     ApiServer server = new ApiServer(store, index).start("127.0.0.1", 0)) {
                    events = store.countEvents();
                    String base = "http://127.0.0.1:" + server.port();
                    api = new double[][] {latency(base + "/api/events?page_size=50"), latency(base + "/api/timeline?interval=month")};
                }
                out.printf("%,9d %,9.0f %,8.0f %5.0fx %9.2f %,9d %,9d %,8d %6.1f/%-7.1f %6.1f/%-7.1f %,9d%n", n, n / wall, floor,
                        floor / (n / wall), cpu / wall, peak, storeMb >> 20, indexMb >> 20, api[0][0], api[0][1], api[1][0], api[1][1],
                        events);
                out.flush();
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        out.println("docs/s: full ingest (clean, language, duplicates, store, events, index); floor/s: Jackson read+parse of the same"
                + " file; ratio: floor / docs/s; cpu/wall: CPU seconds of the process per wall second;"
                + " p50/95: ms over 100 requests after one warm-up request; peak MB: heap in use, sampled every 50 ms");
    }

    /** N articles: copy k of the corpus has ids ending "~k" and every fourth word given an Indonesian clitic. */
    public static void write(List<String> lines, int n, Path out) throws IOException {
        Random r = new Random(2026);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                int copy = i / lines.size();
                JsonNode node = JSON.readTree(lines.get(i % lines.size()));
                if (copy > 0 && node instanceof ObjectNode o) {
                    o.put("id", o.path("id").asText("doc") + "~" + copy);
                    if (o.hasNonNull("text")) {
                        o.put("text", perturb(o.get("text").asText(), r));
                    }
                    if (o.hasNonNull("url")) {
                        o.put("url", o.get("url").asText() + "#" + copy);
                    }
                }
                w.write(JSON.writeValueAsString(node));
                w.newLine();
            }
        }
    }

    static String perturb(String text, Random r) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (r.nextInt(4) == 0 && w.length() > 3 && w.chars().allMatch(Character::isLowerCase)) {
                words[i] = w + CLITICS[r.nextInt(CLITICS.length)];
            }
        }
        return String.join(" ", words);
    }

    /** Articles per second Jackson reads and parses from the file: the floor no ingest can beat. */
    static double floor(Path file) throws IOException {
        long t0 = System.nanoTime();
        long n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (JSON.readTree(line).has("text")) {
                    n++;
                }
            }
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static double[] latency(String url) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).build();
        http.send(req, HttpResponse.BodyHandlers.discarding()); // warm-up: the first request merges the events
        double[] ms = new double[100];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (res.statusCode() != 200) {
                throw new IOException(url + " answered " + res.statusCode());
            }
        }
        Arrays.sort(ms);
        return new double[] {ms[49], ms[94]};
    }

    /** CPU time of the whole process (every thread, the JIT compiler's and the collector's too). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        if (Files.isRegularFile(p)) {
            return Files.size(p);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }
}
