package id.pantau.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP fetching that a site owner would accept: robots.txt honoured (crawler-commons), a pause
 * between requests to the same host (the larger of our delay and the site's Crawl-delay, capped),
 * an identifying user agent, connect and read timeouts, and a cap on the body size.
 */
public final class PoliteFetcher {
    public static final String USER_AGENT = "PantauBot/0.1 (+https://github.com/pantau-id/pantau; conflict-news observatory)";
    private static final String ROBOT_NAME = "pantaubot";

    /** Fetch settings; {@link #DEFAULT} suits real sites, tests shorten the delay. */
    public record Settings(Duration hostDelay, Duration maxCrawlDelay, Duration connectTimeout,
                           Duration readTimeout, long maxBytes) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(10), Duration.ofSeconds(30), ReadLimits.DEFAULT.maxDocumentBytes());
    }

    /** A fetched body with the charset the server declared (may be null). */
    public record Fetched(URI uri, int status, byte[] body, String contentType, String charset) {
    }

    private final HttpClient client;
    private final Settings settings;
    private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

    public PoliteFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Fetches {@code uri}, or throws naming the URL and why (robots, status, timeout, size). */
    public Fetched fetch(URI uri) throws InputException {
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new InputException("not an http(s) URL");
        }
        BaseRobotRules rules = robotsFor(uri);
        if (!rules.isAllowed(uri.toString())) {
            throw new InputException("disallowed by " + robotsUri(uri) + " for " + ROBOT_NAME);
        }
        long crawlDelay = rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY ? 0 : rules.getCrawlDelay();
        return get(uri, Math.min(Math.max(settings.hostDelay().toMillis(), crawlDelay), settings.maxCrawlDelay().toMillis()));
    }

    private BaseRobotRules robotsFor(URI uri) {
        String key = uri.getScheme() + "://" + uri.getAuthority();
        return robots.computeIfAbsent(key, k -> {
            try {
                Fetched f = get(robotsUri(uri), settings.hostDelay().toMillis());
                if (f.status() >= 200 && f.status() < 300) {
                    return parser.parseContent(robotsUri(uri).toString(), f.body(), "text/plain", List.of(ROBOT_NAME));
                }
                return parser.failedFetch(f.status());
            } catch (InputException e) {
                // unreachable robots.txt: RFC 9309 says treat as a server error (crawl nothing) only for 5xx
                return parser.failedFetch(404);
            }
        });
    }

    private static URI robotsUri(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getAuthority() + "/robots.txt");
    }

    private Fetched get(URI uri, long delayMillis) throws InputException {
        pause(uri.getAuthority(), delayMillis);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .header("User-Agent", USER_AGENT).header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
                .GET().build();
        try {
            HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = resp.body()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            }
            if (body.length > settings.maxBytes()) {
                throw new InputException("response larger than " + String.format("%,d bytes", settings.maxBytes()));
            }
            String ct = resp.headers().firstValue("Content-Type").orElse("");
            String charset = null;
            int i = ct.toLowerCase().indexOf("charset=");
            if (i >= 0) {
                charset = ct.substring(i + 8).replace("\"", "").split(";")[0].strip();
            }
            return new Fetched(resp.uri(), resp.statusCode(), body, ct, charset);
        } catch (HttpTimeoutException e) {
            throw new InputException("timed out after " + settings.readTimeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new InputException("unreachable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted", e);
        } finally {
            lastRequest.put(uri.getAuthority(), System.currentTimeMillis());
        }
    }

    private void pause(String host, long delayMillis) throws InputException {
        Long last = lastRequest.get(host);
        if (last == null) {
            return;
        }
        long wait = last + delayMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException("interrupted", e);
            }
        }
    }
}
