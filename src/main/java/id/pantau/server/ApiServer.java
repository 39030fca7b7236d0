package id.pantau.server;

import id.pantau.events.Event;
import id.pantau.events.EventJson;
import id.pantau.search.DocumentIndex;
import id.pantau.search.SearchRequest;
import id.pantau.search.SearchResult;
import id.pantau.store.MergedEventTable;
import id.pantau.store.Store;
import id.pantau.store.StoredDocument;
import id.pantau.util.Resources;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pantau's HTTP server (Javalin): the JSON API under {@code /api}, its OpenAPI description at
 * {@code /openapi.json}, and the dashboard at {@code /}. Errors of every route are rendered in
 * one place, in one JSON shape ({@link ApiException}).
 */
public final class ApiServer implements AutoCloseable {
    private static final List<String> TYPES = List.of("Battles", "Explosions/Remote violence", "Violence against civilians",
            "Protests", "Riots", "Strategic developments");
    private final DocumentIndex index;
    private final Javalin app;
    private final StoreReads reads;

    public ApiServer(Store store, DocumentIndex index) {
        this.index = index;
        this.reads = new StoreReads(store);
        this.app = Javalin.create(config -> {
            config.staticFiles.enableWebjars();
            config.staticFiles.add("/id/pantau/web", Location.CLASSPATH);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage(), e.parameter()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage(), null));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal_error",
                    "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), null));
            config.routes.error(404, "*", ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.contains("json")) { // an API 404 that names what is missing is kept as it is
                    error(ctx, 404, "not_found", "no such page or endpoint: " + ctx.path(), null);
                }
            });
            // one writer of answers: every request checked the same way before any route runs
            config.routes.before(ctx -> {
                securityHeaders(ctx);
                checkHost(ctx);
                if (ctx.path().startsWith("/api") && !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")
                        && !ctx.method().name().equals("OPTIONS")) {
                    throw new ApiException(405, "method_not_allowed", ctx.method().name() + " is not allowed on " + ctx.path()
                            + " (the API is read-only: use GET)", null);
                }
                Set<String> allowed = PARAMETERS.get(routeOf(ctx.path()));
                if (allowed != null) {
                    for (String name : ctx.queryParamMap().keySet()) {
                        if (!allowed.contains(name)) {
                            throw ApiException.badParameter(name, "unknown parameter '" + name + "' for " + routeOf(ctx.path())
                                    + " (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                        }
                    }
                }
            });
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
            config.routes.get("/api/events", this::events);
            config.routes.get("/api/events/{id}", this::event);
            config.routes.get("/api/timeline", this::timeline);
            config.routes.get("/api/actors", this::actors);
            config.routes.get("/api/sources", ctx -> ctx.json(sources()));
            config.routes.get("/api/documents", this::documents);
            config.routes.get("/api/documents/{id}", this::document);
            config.routes.get("/api/event-types", ctx -> ctx.json(TYPES));
            config.routes.get("/api/framing", this::framing);
        });
    }

    public ApiServer start(String host, int port) {
        boundHost = host;
        app.start(host, port);
        reads.start();
        return this;
    }

    private static final Set<String> FILTERS = Set.of("event_type", "date_from", "date_to", "actor", "country", "bbox",
            "min_fatalities", "q", "outlet");
    /** The query parameters each route accepts; any other is a 400 naming it. */
    private static final Map<String, Set<String>> PARAMETERS = Map.of(
            "/api/events", union(FILTERS, Set.of("page", "page_size", "sort")),
            "/api/timeline", union(FILTERS, Set.of("interval")),
            "/api/actors", FILTERS,
            "/api/documents", Set.of("q", "source", "language", "date_from", "date_to", "has_events", "page", "page_size"),
            "/api/sources", Set.of(),
            "/api/framing", Set.of("actor", "outlet", "date_from", "date_to"),
            "/api/event-types", Set.of(),
            "/api/events/{id}", Set.of(),
            "/api/documents/{id}", Set.of());
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private volatile String boundHost = "127.0.0.1";

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static String routeOf(String path) {
        if (path.matches("/api/events/[^/]+")) {
            return "/api/events/{id}";
        }
        if (path.matches("/api/documents/[^/]+")) {
            return "/api/documents/{id}";
        }
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    /** No framing, no sniffing, no referrer, scripts and styles only from this server. */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /**
     * DNS rebinding: a server bound to the loopback address answers only requests addressed to it by a
     * loopback name; a page of another site cannot reach it through a name it controls.
     */
    private void checkHost(Context ctx) {
        if (!LOOPBACK.contains(boundHost)) {
            return;
        }
        String host = ctx.header("Host");
        String name = host == null ? "" : host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        if (!LOOPBACK.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new ApiException(421, "misdirected_request", "this Pantau server answers only requests to 127.0.0.1 or localhost, not to '"
                    + host + "'", null);
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        reads.close();
    }

    private static void error(Context ctx, int status, String code, String message, String parameter) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        e.put("code", code);
        e.put("message", message);
        if (parameter != null) {
            e.put("parameter", parameter);
        }
        ctx.status(status).json(Map.of("error", e));
    }

    private MergedEventTable.Filter filter(Context ctx) {
        String type = Params.text(ctx, "event_type");
        if (type != null && !TYPES.contains(type)) {
            throw ApiException.badParameter("event_type", "event_type must be one of " + String.join(", ", TYPES));
        }
        String from = Params.date(ctx, "date_from"), to = Params.date(ctx, "date_to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw ApiException.badParameter("date_from", "date_from must not be after date_to");
        }
        String minF = Params.text(ctx, "min_fatalities");
        return new MergedEventTable.Filter(from, to, type, Params.text(ctx, "actor"), Params.text(ctx, "country"), Params.bbox(ctx, "bbox"),
                minF == null ? null : Params.integer(ctx, "min_fatalities", 0, 0, 10_000_000), Params.text(ctx, "q"), Params.text(ctx, "outlet"));
    }

    private void events(Context ctx) {
        MergedEventTable.Filter f = filter(ctx);
        int page = Params.integer(ctx, "page", 1, 1, 100_000);
        int size = Params.integer(ctx, "page_size", 50, 1, 1000);
        String sort = Params.oneOf(ctx, "sort", "-date", List.of("date", "-date", "fatalities", "-fatalities"));
        Map<String, Object> out = reads.read(r -> {
            MergedEventTable table = reads.merged(r);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("total", table.count(f));
            o.put("page", page);
            o.put("page_size", size);
            o.put("items", table.page(f, sort, (page - 1) * size, size).stream().map(EventJson::toMap).toList());
            return o;
        });
        ctx.json(out);
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(reads.read(r -> {
            Event e = reads.merged(r).byId(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'"));
            Map<String, Object> out = new LinkedHashMap<>(EventJson.toMap(e));
            out.put("framing", new id.pantau.framing.FramingLens(r).ofEvent(e));
            return out;
        }));
    }

    private void timeline(Context ctx) {
        MergedEventTable.Filter f = filter(ctx);
        String interval = Params.oneOf(ctx, "interval", "month", List.of("day", "week", "month", "year"));
        ctx.json(reads.read(r -> reads.merged(r).timeline(f, interval)));
    }

    private void actors(Context ctx) {
        MergedEventTable.Filter f = filter(ctx);
        ctx.json(reads.read(r -> reads.merged(r).actors(f)));
    }

    /** The framing lens: labels per actor and outlet, claimants per outlet, figures side by side. */
    private void framing(Context ctx) {
        String from = Params.date(ctx, "date_from"), to = Params.date(ctx, "date_to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw ApiException.badParameter("date_from", "date_from must not be after date_to");
        }
        String actor = Params.text(ctx, "actor");
        ctx.json(reads.read(r -> {
            id.pantau.framing.FramingLens lens = new id.pantau.framing.FramingLens(r);
            Map<String, Long> labelled = r.labelledActors();
            List<String> actors = lens.resolveActor(actor, labelled.keySet());
            if (actors != null && actors.isEmpty()) {
                throw ApiException.notFound("no labels for an actor named '" + actor + "' (GET /api/framing lists the actors that have labels)");
            }
            var report = lens.report(new id.pantau.framing.FramingLens.Query(actor, Params.text(ctx, "outlet"), from, to), actors,
                    reads.merged(r).all(MergedEventTable.Filter.ALL));
            Map<String, Object> out = new LinkedHashMap<>(id.pantau.framing.FramingLens.toMap(report));
            out.put("labelled_actors", labelled);
            return out;
        }));
    }

    private List<Map<String, Object>> sources() {
        List<Map<String, Object>> out = new ArrayList<>();
        reads.read(r -> r.sources()).forEach((k, v) -> out.add(Map.of("source", k, "documents", v)));
        return out;
    }

    private void documents(Context ctx) {
        String from = Params.date(ctx, "date_from"), to = Params.date(ctx, "date_to");
        int page = Params.integer(ctx, "page", 1, 1, 100_000);
        int size = Params.integer(ctx, "page_size", 20, 1, 100);
        SearchResult r = index.search(new SearchRequest(Params.text(ctx, "q"), Params.text(ctx, "source"), Params.text(ctx, "language"),
                from, to, Params.bool(ctx, "has_events"), (page - 1) * size, size));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", r.total());
        out.put("page", page);
        out.put("page_size", size);
        out.put("items", r.hits());
        out.put("facets", Map.of("source", r.sources(), "language", r.languages()));
        ctx.json(out);
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        Map<String, Object> out = new LinkedHashMap<>();
        reads.read(r -> {
            StoredDocument s = r.get(id).orElseThrow(() -> ApiException.notFound("no document with id '" + id + "'"));
            var d = s.document();
            out.put("doc_id", d.docId());
            out.put("title", d.title());
            out.put("source", d.source());
            out.put("url", d.url());
            out.put("published", d.published());
            out.put("language", d.language());
            out.put("duplicate_of", d.duplicateOf());
            out.put("text", d.text());
            List<Map<String, Object>> events = new ArrayList<>();
            for (Event e : r.eventsOf(id)) {
                events.add(EventJson.toMap(e));
            }
            out.put("events", events);
            return out;
        });
        ctx.json(out);
    }

    private static byte[] openApiCache;

    private static synchronized byte[] openApi() {
        if (openApiCache == null) {
            try (InputStream in = Resources.open("id/pantau/server/openapi.json")) {
                openApiCache = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return openApiCache;
    }
}
