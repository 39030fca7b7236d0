package id.pantau.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on a running Pantau server: {@code connections} clients request the event list, a search and
 * the timeline in turn for {@code seconds}; prints requests, status classes and latency percentiles
 * per route. Meant to run while an ingest writes to the same data directory.
 */
public final class LoadBenchmark {
    private static final String[] ROUTES = {"/api/events?page_size=50", "/api/documents?q=polisi", "/api/timeline?interval=month"};

    public void run(String base, int connections, int seconds, PrintWriter out) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(4, connections / 4))).build();
        List<List<Long>> latencies = new ArrayList<>();
        List<AtomicLong[]> statuses = new ArrayList<>();
        for (int r = 0; r < ROUTES.length; r++) {
            latencies.add(Collections.synchronizedList(new ArrayList<>()));
            statuses.add(new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()});
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        for (int c = 0; c < connections; c++) {
            int first = c;
            clients.submit(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    int r = i % ROUTES.length;
                    long t0 = System.nanoTime();
                    int kind;
                    try {
                        HttpResponse<Void> res = http.send(HttpRequest.newBuilder(URI.create(base + ROUTES[r]))
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                        kind = res.statusCode() >= 500 ? 2 : res.statusCode() >= 400 ? 1 : 0;
                    } catch (Exception e) {
                        kind = 3;
                    }
                    latencies.get(r).add(System.nanoTime() - t0);
                    statuses.get(r)[kind].incrementAndGet();
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        out.printf(Locale.ROOT, "%d connections for %d s against %s%n", connections, seconds, base);
        out.printf(Locale.ROOT, "%-32s %9s %6s %6s %6s %8s %8s %8s%n", "route", "requests", "4xx", "5xx", "failed", "p50 ms", "p95 ms", "p99 ms");
        for (int r = 0; r < ROUTES.length; r++) {
            List<Long> l = new ArrayList<>(latencies.get(r));
            Collections.sort(l);
            AtomicLong[] s = statuses.get(r);
            out.printf(Locale.ROOT, "%-32s %9d %6d %6d %6d %8.1f %8.1f %8.1f%n", ROUTES[r], l.size(), s[1].get(), s[2].get(), s[3].get(),
                    pct(l, 0.50), pct(l, 0.95), pct(l, 0.99));
        }
        out.flush();
    }

    private static double pct(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
