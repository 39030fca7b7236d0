package id.pantau.store;

import id.pantau.model.CleanDocument;
import id.pantau.model.Origin;
import id.pantau.model.Rejection;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * Pantau's store: by default one SQLite file ({@code pantau.db}) in the data directory; for a server many analysts
 * share, a PostgreSQL database ({@link #open(Path, String)} with a {@code jdbc:postgresql:} URL). The schema is the
 * same on both, managed by Flyway migrations under {@code db/migration/sqlite} and {@code db/migration/postgresql}
 * (the same versions, each in its database's types); every statement here is SQL both understand. Writes go in
 * batches inside transactions; every write is an upsert keyed by doc_id, so re-running an ingest is safe.
 */
public final class Store implements AutoCloseable {
    public static final String FILE = "pantau.db";
    /** The JDBC URLs of a shared store start so. */
    public static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    /** How long a write waits for another process's transaction before failing. */
    static final int BUSY_TIMEOUT_MS = 120_000;
    private boolean writing;
    private final Connection conn;
    private final Path file;
    private final String location;

    private int pending;

    /** The PostgreSQL URL as given (with its password), to open another connection; null for SQLite. */
    private String url;

    private Store(Path file, String location, Connection conn) {
        this.file = file;
        this.location = location;
        this.conn = conn;
    }

    /**
     * Another connection to the same store, for work that must not hold this one (a background writer beside a
     * server's readers). The caller closes it.
     */
    public Store reopen() {
        return url != null ? openPostgres(url) : open(file.getParent());
    }

    /** Opens (creating and migrating as needed) the embedded SQLite store in {@code dataDir}. */
    public static Store open(Path dataDir) {
        return open(dataDir, null);
    }

    /**
     * Opens the store of {@code dataDir}: the PostgreSQL database of {@code url} when one is given (a
     * {@code jdbc:postgresql://host:port/database?user=...&password=...} URL), else the SQLite file in the directory.
     * Either is created and migrated as needed.
     */
    public static Store open(Path dataDir, String url) {
        if (url != null && !url.isBlank()) {
            return openPostgres(url);
        }
        Path file = dataDir.resolve(FILE);
        String jdbc = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            migrate(jdbc, "sqlite");
            // WAL: readers never block the writer; writes take the lock when their transaction begins
            // (IMMEDIATE), so two processes queue for it (up to the busy timeout) instead of failing on a stale snapshot
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(org.sqlite.SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection c = DriverManager.getConnection(jdbc, config.toProperties());
            c.setAutoCommit(true); // reads see the latest commit of any process; writes open a transaction (begin)
            return new Store(file, file.toString(), c);
        } catch (Exception e) {
            throw new StoreException("cannot open the store at " + file + ": " + e.getMessage()
                    + " (is the data directory writable?)", e);
        }
    }

    private static Store openPostgres(String url) {
        String shown = redact(url);
        if (!url.startsWith(POSTGRES_PREFIX)) {
            throw new StoreException("cannot open the store " + shown + ": not a PostgreSQL JDBC URL (give "
                    + POSTGRES_PREFIX + "//HOST:PORT/DATABASE?user=USER&password=PASSWORD, or leave --store out for the"
                    + " SQLite file in the data directory)", null);
        }
        try {
            migrate(url, "postgresql");
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(true);
            Store store = new Store(null, shown, c);
            store.url = url;
            return store;
        } catch (Exception e) {
            throw new StoreException("cannot open the store " + shown + ": " + rootMessage(e)
                    + " (is the server running, and may this user create tables in the database?)", e);
        }
    }

    private static void migrate(String jdbc, String vendor) {
        Flyway.configure().dataSource(jdbc, null, null).locations("classpath:db/migration/" + vendor)
                .loggers("slf4j").load().migrate();
    }

    /** The URL without its password, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The SQLite file of an embedded store, or null for a PostgreSQL store. */
    public Path file() {
        return file;
    }

    /** Where the store is, for messages: the SQLite file, or the PostgreSQL URL without its password. */
    public String location() {
        return location;
    }

    /** The raw-input hash stored for {@code docId}, if the document is stored. */
    public Optional<String> rawHash(String docId) {
        return queryOne("SELECT raw_hash FROM documents WHERE doc_id = ?", rs -> rs.getString(1), docId);
    }

    /** Inserts or replaces a document; returns true when it was new. */
    public boolean upsert(CleanDocument d, String baseText, String rawHash, long[] minhash, Double similarity) {
        boolean exists = rawHash(d.docId()).isPresent();
        String sql = "INSERT INTO documents (doc_id, source, url, title, published, language, text, base_text,"
                + " content_hash, raw_hash, minhash, duplicate_of, similarity, origin_input, origin_reader,"
                + " origin_locator, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT(doc_id) DO UPDATE SET source=excluded.source, url=excluded.url, title=excluded.title,"
                + " published=excluded.published, language=excluded.language, text=excluded.text,"
                + " base_text=excluded.base_text, content_hash=excluded.content_hash, raw_hash=excluded.raw_hash,"
                + " minhash=excluded.minhash, duplicate_of=excluded.duplicate_of, similarity=excluded.similarity,"
                + " origin_input=excluded.origin_input, origin_reader=excluded.origin_reader,"
                + " origin_locator=excluded.origin_locator, ingested_at=excluded.ingested_at";
        Origin o = d.origin();
        update(sql, d.docId(), d.source(), d.url(), d.title(), d.published(), d.language(), d.text(), baseText,
                d.contentHash(), rawHash, toBytes(minhash), d.duplicateOf(), similarity, o.input(), o.reader(),
                o.locator(), Instant.now().toString());
        // the text changed: its events and its index entry are behind until caught up
        update("UPDATE documents SET change = ?, events_stamp = NULL WHERE doc_id = ?", nextChange(), d.docId());
        update("DELETE FROM rejections WHERE input = ? AND locator = ?", o.input(), o.locator());
        tick();
        return !exists;
    }

    /** Records (or re-records) a rejected input with its reason. */
    public void reject(Rejection r) {
        update("INSERT INTO rejections (input, locator, reader, reason, rejected_at) VALUES (?,?,?,?,?)"
                        + " ON CONFLICT(input, locator) DO UPDATE SET reason=excluded.reason, reader=excluded.reader,"
                        + " rejected_at=excluded.rejected_at",
                r.origin().input(), r.origin().locator(), r.origin().reader(), r.reason(), Instant.now().toString());
        tick();
    }

    public List<Rejection> rejections() {
        List<Rejection> out = new ArrayList<>();
        query("SELECT input, reader, locator, reason FROM rejections ORDER BY input, locator", rs ->
                out.add(new Rejection(new Origin(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4))));
        return out;
    }

    /** Calls {@code each} for every original (non-duplicate) document, in ingest order. */
    public void forEachOriginal(IndexEntryConsumer each) {
        query("SELECT doc_id, content_hash, minhash FROM documents WHERE duplicate_of IS NULL ORDER BY seq",
                rs -> each.accept(rs.getString(1), rs.getString(2), fromBytes(rs.getBytes(3))));
    }

    /** Receives one index entry. */
    @FunctionalInterface
    public interface IndexEntryConsumer {
        void accept(String docId, String contentHash, long[] minhash);
    }

    public long count() {
        return queryOne("SELECT COUNT(*) FROM documents", rs -> rs.getLong(1)).orElse(0L);
    }

    public long countDuplicates() {
        return queryOne("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL", rs -> rs.getLong(1)).orElse(0L);
    }

    public Optional<StoredDocument> get(String docId) {
        return queryOne(SELECT + " WHERE doc_id = ?", Store::row, docId);
    }

    /** A page of documents in ingest order, optionally of one source. */
    public List<StoredDocument> list(String source, int limit, int offset) {
        List<StoredDocument> out = new ArrayList<>();
        if (source == null) {
            query(SELECT + " ORDER BY seq LIMIT ? OFFSET ?", rs -> out.add(row(rs)), limit, offset);
        } else {
            query(SELECT + " WHERE source = ? ORDER BY seq LIMIT ? OFFSET ?", rs -> out.add(row(rs)), source, limit, offset);
        }
        return out;
    }

    /** Streams every document in ingest order (constant memory). */
    public void forEach(Consumer<StoredDocument> each) {
        query(SELECT + " ORDER BY seq", rs -> each.accept(row(rs)));
    }

    /** Pairs (duplicate, original, similarity) in ingest order. */
    public void forEachDuplicate(DuplicateConsumer each) {
        query("SELECT doc_id, duplicate_of, similarity FROM documents WHERE duplicate_of IS NOT NULL ORDER BY seq",
                rs -> each.accept(rs.getString(1), rs.getString(2), rs.getDouble(3)));
    }

    /** Receives one duplicate pair. */
    @FunctionalInterface
    public interface DuplicateConsumer {
        void accept(String docId, String originalId, double similarity);
    }

    // ---- learned per-source boilerplate ----

    /** Adds one to the document count of each line key of a newly stored document of {@code source}. */
    public void countLines(String source, Collection<String> lineKeys) {
        update("INSERT INTO sources_pending (source) VALUES (?) ON CONFLICT (source) DO NOTHING", source);
        for (String k : lineKeys) {
            update("INSERT INTO source_lines (source, line_key, doc_count) VALUES (?,?,1)"
                    + " ON CONFLICT(source, line_key) DO UPDATE SET doc_count = source_lines.doc_count + 1", source, k);
        }
    }

    /** Line keys seen in at least {@code minDocs} documents of {@code source}. */
    public Map<String, Integer> frequentLines(String source, int minDocs) {
        Map<String, Integer> out = new HashMap<>();
        query("SELECT line_key, doc_count FROM source_lines WHERE source = ? AND doc_count >= ?",
                rs -> out.put(rs.getString(1), rs.getInt(2)), source, minDocs);
        return out;
    }

    public long countOriginals(String source) {
        return queryOne("SELECT COUNT(*) FROM documents WHERE source = ? AND duplicate_of IS NULL",
                rs -> rs.getLong(1), source).orElse(0L);
    }

    /** (doc_id, base_text, text) of every document of {@code source}. */
    public void forEachText(String source, TextConsumer each) {
        query("SELECT doc_id, base_text, text FROM documents WHERE source = ? ORDER BY seq",
                rs -> each.accept(rs.getString(1), rs.getString(2), rs.getString(3)), source);
    }

    /** Receives one document's texts. */
    @FunctionalInterface
    public interface TextConsumer {
        void accept(String docId, String baseText, String text);
    }

    public void updateText(String docId, String text, String contentHash) {
        update("UPDATE documents SET text = ?, content_hash = ?, change = ?, events_stamp = NULL WHERE doc_id = ?",
                text, contentHash, nextChange(), docId);
        tick();
    }

    /** Sources whose recurring lines changed since they were last learned (queued with the documents). */
    public java.util.Set<String> pendingSources() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        query("SELECT source FROM sources_pending ORDER BY source", rs -> out.add(rs.getString(1)));
        return out;
    }

    /** Marks a source's learned lines as applied (in the transaction that applied them). */
    public void sourceLearned(String source) {
        update("DELETE FROM sources_pending WHERE source = ?", source);
    }

    // ---- derived state ----

    /** The store-wide change counter: every document write takes the next value. */
    public long lastChange() {
        return queryOne("SELECT value FROM counters WHERE name = 'change'", rs -> rs.getLong(1)).orElse(0L);
    }

    /** How many times events were written: the version of the event table. */
    public long eventsVersion() {
        return queryOne("SELECT value FROM counters WHERE name = 'events'", rs -> rs.getLong(1)).orElse(0L);
    }

    /** Ids of documents written after change {@code since}, in change order. */
    public List<String> changedSince(long since) {
        List<String> out = new ArrayList<>();
        query("SELECT doc_id FROM documents WHERE change > ? ORDER BY change", rs -> out.add(rs.getString(1)), since);
        return out;
    }

    /** Ids of documents whose events were not coded by the coder of version {@code stamp}, in ingest order. */
    public List<String> staleForCoding(String stamp) {
        List<String> out = new ArrayList<>();
        query("SELECT doc_id FROM documents WHERE events_stamp IS NULL OR events_stamp <> ? ORDER BY seq",
                rs -> out.add(rs.getString(1)), stamp);
        return out;
    }

    private long nextChange() {
        update("UPDATE counters SET value = value + 1 WHERE name = 'change'");
        return lastChange();
    }

    // ---- events ----

    /**
     * Replaces the events coded from one document and stamps the document with the coder's version
     * {@code stamp}, in one transaction with the rows (so a document is never stamped without its events).
     */
    public void replaceEvents(String docId, List<id.pantau.events.Event> events, String stamp) {
        replaceEvents(docId, events, List.of(), stamp);
    }

    /** Replaces a document's events and the actor labels read with them, stamping it in the same transaction. */
    public void replaceEvents(String docId, List<id.pantau.events.Event> events, List<id.pantau.framing.ActorLabel> labels, String stamp) {
        update("DELETE FROM labels WHERE doc_id = ?", docId);
        for (id.pantau.framing.ActorLabel l : labels) {
            update("INSERT INTO labels (doc_id, start, end_pos, actor, label, stance, surface, mention, context, how) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    docId, l.start(), l.end(), l.actor(), l.label(), l.stance().label(), l.surface(), l.mention(), l.context(), l.how());
        }
        update("DELETE FROM events WHERE doc_id = ?", docId);
        for (id.pantau.events.Event e : events) {
            update("INSERT INTO events (event_id, doc_id, event_date, event_type, json) VALUES (?,?,?,?,?) ON CONFLICT (event_id)"
                    + " DO UPDATE SET doc_id = excluded.doc_id, event_date = excluded.event_date, event_type = excluded.event_type,"
                    + " json = excluded.json",
                    e.eventId(), docId, e.eventDate(), e.eventType(), id.pantau.events.EventJson.write(e));
        }
        update("UPDATE documents SET events_stamp = ?, change = ? WHERE doc_id = ?", stamp, nextChange(), docId);
        update("UPDATE counters SET value = value + 1 WHERE name = 'events'");
        tick();
    }

    /** A stored label with the outlet and publication date of its document. */
    public record StoredLabel(String docId, String outlet, String published, id.pantau.framing.ActorLabel label) {
    }

    /**
     * The labels of documents of {@code outlet} (any case; null: all) published between {@code from} and {@code to}
     * (ISO days, inclusive; null: open; documents without a date are left out when either is given), about the actors
     * named (null: all), in document and text order. Documents without an outlet are under "(unknown)".
     */
    public void forEachLabel(java.util.Collection<String> actorNames, String outlet, String from, String to, Consumer<StoredLabel> each) {
        StringBuilder sql = new StringBuilder("SELECT l.doc_id, COALESCE(d.source, '(unknown)'), d.published, l.start, l.end_pos, l.label, l.stance,"
                + " l.actor, l.surface, l.mention, l.context, l.how FROM labels l JOIN documents d ON d.doc_id = l.doc_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (actorNames != null) {
            sql.append(" AND l.actor IN (").append(String.join(",", java.util.Collections.nCopies(Math.max(1, actorNames.size()), "?"))).append(")");
            args.addAll(actorNames.isEmpty() ? List.of("") : actorNames);
        }
        if (outlet != null) {
            sql.append(" AND LOWER(COALESCE(d.source, '(unknown)')) = LOWER(?)");
            args.add(outlet);
        }
        if (from != null) {
            sql.append(" AND substr(d.published, 1, 10) >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND substr(d.published, 1, 10) <= ?");
            args.add(to);
        }
        sql.append(" ORDER BY d.seq, l.start");
        query(sql.toString(), rs -> each.accept(storedLabel(rs)), args.toArray());
    }

    /** The labels of the documents named, with their outlets, in document and text order. */
    public void forEachLabelOf(java.util.Collection<String> docIds, Consumer<StoredLabel> each) {
        for (String id : docIds) {
            query("SELECT l.doc_id, COALESCE(d.source, '(unknown)'), d.published, l.start, l.end_pos, l.label, l.stance, l.actor, l.surface,"
                    + " l.mention, l.context, l.how FROM labels l JOIN documents d ON d.doc_id = l.doc_id WHERE l.doc_id = ? ORDER BY l.start",
                    rs -> each.accept(storedLabel(rs)), id);
        }
    }

    private static StoredLabel storedLabel(ResultSet rs) throws SQLException {
        return new StoredLabel(rs.getString(1), rs.getString(2), rs.getString(3),
                new id.pantau.framing.ActorLabel(rs.getInt(4), rs.getInt(5), rs.getString(6), id.pantau.framing.Stance.of(rs.getString(7)),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
    }

    /** The actors that have labels, with how many. */
    public Map<String, Long> labelledActors() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        query("SELECT actor, COUNT(*) FROM labels GROUP BY actor ORDER BY 2 DESC, 1", rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    /** The outlet (or "(unknown)") and publication date of each document, for the documents named. */
    public Map<String, String[]> outletsOf(java.util.Collection<String> docIds) {
        Map<String, String[]> out = new java.util.HashMap<>();
        for (String id : docIds) {
            query("SELECT COALESCE(source, '(unknown)'), published FROM documents WHERE doc_id = ?",
                    rs -> out.put(id, new String[] {rs.getString(1), rs.getString(2)}), id);
        }
        return out;
    }

    /** Every document-level event, in date order. */
    public List<id.pantau.events.Event> events() {
        List<id.pantau.events.Event> out = new ArrayList<>();
        query("SELECT json FROM events ORDER BY event_date, event_id", rs -> out.add(id.pantau.events.EventJson.read(rs.getString(1))));
        return out;
    }

    /** Ids of documents that have at least one coded event. */
    public java.util.Set<String> documentsWithEvents() {
        java.util.Set<String> out = new java.util.HashSet<>();
        query("SELECT DISTINCT doc_id FROM events", rs -> out.add(rs.getString(1)));
        return out;
    }

    /** Events coded from one document. */
    public List<id.pantau.events.Event> eventsOf(String docId) {
        List<id.pantau.events.Event> out = new ArrayList<>();
        query("SELECT json FROM events WHERE doc_id = ? ORDER BY event_id", rs -> out.add(id.pantau.events.EventJson.read(rs.getString(1))), docId);
        return out;
    }

    /** Documents per source. */
    public Map<String, Long> sources() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        query("SELECT COALESCE(source, '(unknown)'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 2 DESC", rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    /** The ids of the documents of one outlet (its name in any case). */
    public java.util.Set<String> docIdsOfSource(String source) {
        java.util.Set<String> out = new java.util.HashSet<>();
        query("SELECT doc_id FROM documents WHERE LOWER(source) = LOWER(?)", rs -> out.add(rs.getString(1)), source);
        return out;
    }

    /** Outlet, URL and storing time of one document, as exports need them. */
    public record DocumentOrigin(String source, String url, Instant storedAt) {
    }

    /** The origin of every document that has events, by doc id. */
    public Map<String, DocumentOrigin> originsOfEventDocuments() {
        Map<String, DocumentOrigin> out = new java.util.HashMap<>();
        query("SELECT doc_id, source, url, ingested_at FROM documents WHERE doc_id IN (SELECT doc_id FROM events)",
                rs -> out.put(rs.getString(1), new DocumentOrigin(rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)))));
        return out;
    }

    public long countEvents() {
        return queryOne("SELECT COUNT(*) FROM events", rs -> rs.getLong(1)).orElse(0L);
    }

    /** (doc_id, text, published, url) of the documents named, or of all documents when {@code ids} is null. */
    public void forEachForCoding(java.util.Collection<String> ids, CodingConsumer each) {
        if (ids == null) {
            List<String> all = new ArrayList<>();
            query("SELECT doc_id FROM documents ORDER BY seq", rs -> all.add(rs.getString(1)));
            ids = all;
        }
        for (String id : ids) {
            // read the row, close the statement, then hand it over: the consumer writes, and a write must not
            // begin while a read statement of this connection is open (its snapshot could be stale)
            String[][] row = new String[1][];
            query("SELECT doc_id, text, published, url FROM documents WHERE doc_id = ?",
                    rs -> row[0] = new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, id);
            if (row[0] != null) {
                each.accept(row[0][0], row[0][1], row[0][2], row[0][3]);
            }
        }
    }

    /** Receives one document to code. */
    @FunctionalInterface
    public interface CodingConsumer {
        void accept(String docId, String text, String published, String url);
    }

    // ---- ingest runs ----

    public long startRun(String inputs) {
        update("INSERT INTO ingest_runs (started_at, inputs) VALUES (?, ?)", Instant.now().toString(), inputs);
        commit();
        return queryOne("SELECT MAX(id) FROM ingest_runs", rs -> rs.getLong(1)).orElseThrow();
    }

    public void finishRun(long id, long added, long updated, long unchanged, long rejected, long duplicates) {
        update("UPDATE ingest_runs SET finished_at = ?, added = ?, updated = ?, unchanged = ?, rejected = ?,"
                + " duplicates = ? WHERE id = ?", Instant.now().toString(), added, updated, unchanged, rejected, duplicates, id);
        commit();
    }

    public void commit() {
        try {
            if (writing) {
                conn.commit();
                conn.setAutoCommit(true); // release the write lock until the next write
                writing = false;
            }
            pending = 0;
        } catch (SQLException e) {
            throw new StoreException("cannot commit to " + location + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            commit();
            for (PreparedStatement ps : writes.values()) {
                ps.close();
            }
            writes.clear();
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + location + ": " + e.getMessage(), e);
        }
    }

    private void tick() {
        if (++pending >= 200) {
            commit();
        }
    }

    private static final String SELECT = "SELECT seq, doc_id, source, url, title, published, language, text,"
            + " content_hash, duplicate_of, origin_input, origin_reader, origin_locator, similarity, ingested_at FROM documents";

    private static StoredDocument row(ResultSet rs) throws SQLException {
        CleanDocument d = new CleanDocument(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                new Origin(rs.getString(11), rs.getString(12), rs.getString(13)));
        double sim = rs.getDouble(14);
        Double similarity = rs.wasNull() ? null : sim;
        return new StoredDocument(rs.getLong(1), d, similarity, rs.getString(15));
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    <T> Optional<T> queryOne(String sql, RowReader<T> reader, Object... args) {
        List<T> out = new ArrayList<>(1);
        query(sql, rs -> {
            if (out.isEmpty()) {
                out.add(reader.read(rs));
            }
        }, args);
        return out.isEmpty() ? Optional.empty() : Optional.ofNullable(out.get(0));
    }

    void query(String sql, RowConsumer each, Object... args) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    /** Write statements, prepared once per connection (an ingest runs the same few thousands of times). */
    private final Map<String, PreparedStatement> writes = new java.util.HashMap<>();

    void update(String sql, Object... args) {
        begin();
        try {
            PreparedStatement ps = writes.get(sql);
            if (ps == null) {
                ps = conn.prepareStatement(sql);
                writes.put(sql, ps);
            }
            ps.clearParameters();
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot write " + location + ": " + e.getMessage(), e);
        }
    }

    /** Opens a write transaction (BEGIN IMMEDIATE: waits for another process's writer, up to the busy timeout). */
    private void begin() {
        if (!writing) {
            try {
                conn.setAutoCommit(false);
                writing = true;
            } catch (SQLException e) {
                throw new StoreException("cannot start writing to " + location + ": " + e.getMessage(), e);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    static byte[] toBytes(long[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8);
        for (long x : v) {
            b.putLong(x);
        }
        return b.array();
    }

    static long[] fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] v = new long[bytes.length / 8];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getLong();
        }
        return v;
    }
}
