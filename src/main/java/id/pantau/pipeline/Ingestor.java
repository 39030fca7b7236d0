package id.pantau.pipeline;

import id.pantau.dedup.DuplicateIndex;
import id.pantau.ingest.DocumentSink;
import id.pantau.ingest.InputDispatcher;
import id.pantau.pipeline.DocumentPreparer.Prepared;
import id.pantau.model.CleanDocument;
import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;
import id.pantau.store.Store;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ingest job, composed in one visible place: read → clean → language → duplicates → store,
 * then learn each touched source's recurring boilerplate lines, then code the events of every
 * document this run added or changed. A document already stored from
 * the same raw input is skipped, so re-running (or resuming an interrupted run) adds nothing twice.
 */
public final class Ingestor implements DocumentSink {
    private final Store store;
    private final InputDispatcher dispatcher;
    private final DocumentPreparer preparer;
    private final DuplicateIndex duplicates;
    private final Map<String, String> publishedOverrides;
    private Map<String, String> sourceOverrides = Map.of();
    private final List<String> unreadDates = new java.util.ArrayList<>();
    private long undated;
    private final Consumer<Rejection> onReject;
    private final Runnable onDocument;
    private final Set<String> touchedSources = new LinkedHashSet<>();
    private final Set<String> changedDocs = new LinkedHashSet<>();
    private final EventStage events;
    private long added, updated, unchanged, rejected, dupes;
    private volatile boolean stopRequested;
    /** Rejections recorded one by one per input; beyond this, one summary line (a file of 7 million bad lines). */
    static final int REJECTIONS_PER_INPUT = 100;
    /** Longest doc_id and source accepted: Lucene and the facets cannot hold more. */
    static final int MAX_ID_CHARS = 2_000, MAX_SOURCE_CHARS = 500;
    private final Map<String, Long> rejectedPerInput = new java.util.HashMap<>();

    /** Asks a running job to stop after the document in hand (from another thread: a shutdown hook). */
    public void requestStop() {
        stopRequested = true;
    }

    /** Outlet names by document id, for inputs that carry none (plain-text files); they win over the input's own. */
    public Ingestor sources(Map<String, String> outlets) {
        this.sourceOverrides = Map.copyOf(outlets);
        return this;
    }

    public Ingestor(Store store, InputDispatcher dispatcher, DocumentCleaner cleaner, Map<String, String> publishedOverrides,
                    Consumer<Rejection> onReject, Runnable onDocument) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.preparer = new DocumentPreparer(cleaner);
        this.publishedOverrides = Map.copyOf(publishedOverrides);
        this.onReject = onReject;
        this.onDocument = onDocument;
        this.duplicates = new DuplicateIndex(DuplicateIndex.DEFAULT_THRESHOLD);
        this.events = EventStage.lazy();
        store.forEachOriginal(duplicates::add);
    }

    private Consumer<String> onPhase = phase -> { };
    private int threads = 1;
    private java.util.concurrent.ExecutorService pool;
    private final java.util.ArrayDeque<Pending> inFlight = new java.util.ArrayDeque<>();

    /**
     * Cleans, identifies and fingerprints documents on this many threads (and codes events on as many);
     * duplicate decisions and every write stay in input order on the reading thread, so the results do
     * not depend on the number of threads.
     */
    public Ingestor threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = n;
        this.events.threads(n);
        return this;
    }

    /** A document whose pure work (cleaning, language, fingerprints) runs on a worker. */
    private record Pending(RawDocument doc, String rawHash, Optional<String> stored, java.util.concurrent.Future<Prepared> work) {
    }

    /** The pure work's result: the cleaned document and its fingerprints, or why it was rejected. */

    /** Told when the run moves to a phase after reading ("coding events", ...), for a progress display. */
    public Ingestor onPhase(Consumer<String> phase) {
        this.onPhase = phase;
        return this;
    }

    /** Runs the whole job over {@code inputs}. */
    public IngestStats run(List<String> inputs) {
        long t0 = System.nanoTime();
        long run = store.startRun(String.join(" ", inputs));
        boolean stopped = false;
        if (threads > 1) {
            pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "pantau-clean");
                t.setDaemon(true);
                return t;
            });
        }
        try {
            dispatcher.read(inputs, this);
        } catch (id.pantau.ingest.IngestStopped s) {
            stopped = true;
        } finally {
            drain(0); // what was read is stored, also when stopped
            if (pool != null) {
                pool.shutdownNow();
                pool = null;
            }
        }
        store.commit();
        if (stopped) {
            // what is stored stays; learning, events and the index catch up on the next run
            store.finishRun(run, added, updated, unchanged, rejected, dupes);
            return new IngestStats(added, updated, unchanged, rejected, dupes, 0, 0, (System.nanoTime() - t0) / 1e9, true);
        }
        // derived state follows the store: sources queued by this run or by an interrupted one are learned,
        // and every document whose events are missing or stale (this run's, an interrupted run's, or all
        // of them after a coder upgrade) is coded
        onPhase.accept("learning outlets' boilerplate");
        SourceBoilerplateLearner.Result learned = new SourceBoilerplateLearner(store).apply(store.pendingSources());
        changedDocs.addAll(learned.changedDocs());
        onPhase.accept("coding events");
        long eventCount = events.catchUp(store).events();
        store.finishRun(run, added, updated, unchanged, rejected, dupes);
        return new IngestStats(added, updated, unchanged, rejected, dupes, learned.linesRemoved(), eventCount,
                (System.nanoTime() - t0) / 1e9, false);
    }

    /**
     * Publication dates this run could not read ("doc id: given text"), at most the first 20; those
     * documents are stored without a date. See {@link #undatedCount()} for the number.
     */
    public List<String> unreadDates() {
        return List.copyOf(unreadDates);
    }

    public long undatedCount() {
        return undated;
    }

    /** Documents this run added or changed (for the search index to follow). */
    public Set<String> changedDocuments() {
        return Set.copyOf(changedDocs);
    }

    /** Why a document read cannot be stored (no id, an id or source name too long), or null when it can. */
    public static String unfit(RawDocument raw) {
        if (raw.docId() == null || raw.docId().isBlank()) {
            return "no document id";
        }
        if (raw.docId().length() > MAX_ID_CHARS) {
            return "document id longer than " + MAX_ID_CHARS + " characters";
        }
        if (raw.source() != null && raw.source().length() > MAX_SOURCE_CHARS) {
            return "source name longer than " + MAX_SOURCE_CHARS + " characters";
        }
        return null;
    }

    @Override
    public void accept(RawDocument raw) {
        if (stopRequested) {
            throw new id.pantau.ingest.IngestStopped();
        }
        onDocument.run();
        String unfit = unfit(raw);
        if (unfit != null) {
            reject(new Rejection(raw.origin(), unfit));
            return;
        }
        String override = publishedOverrides.get(raw.docId());
        RawDocument dated = override == null ? raw : raw.withPublished(override);
        String outlet = sourceOverrides.get(raw.docId());
        RawDocument doc = outlet == null ? dated : dated.withSource(outlet);
        String rawHash = Hashes.sha256(doc.text(), doc.html(), doc.title(), doc.published(), doc.source(), doc.url());
        Optional<String> stored = store.rawHash(doc.docId());
        if (stored.isPresent() && stored.get().equals(rawHash) && inFlight.stream().noneMatch(p -> p.doc().docId().equals(doc.docId()))) {
            unchanged++;
            return;
        }
        if (pool == null) {
            commit(doc, rawHash, stored, prepare(doc));
            return;
        }
        inFlight.add(new Pending(doc, rawHash, stored, pool.submit(() -> prepare(doc))));
        drain(4 * threads);
    }

    /** Commits finished documents in input order, waiting for the oldest while more than {@code max} are in flight. */
    private void drain(int max) {
        while (!inFlight.isEmpty() && (inFlight.size() > max || inFlight.peek().work().isDone())) {
            Pending p = inFlight.poll();
            Prepared r;
            try {
                r = p.work().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while cleaning " + p.doc().docId(), e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                r = new Prepared(null, null, null, null, new Rejection(p.doc().origin(), "cannot clean (" + c.getClass().getSimpleName()
                        + (c.getMessage() == null ? "" : ": " + c.getMessage()) + ")"));
            }
            commit(p.doc(), p.rawHash(), p.stored(), r);
        }
    }

    /** The pure part (clean, fingerprint, identify the language): {@link DocumentPreparer}. Safe on any thread. */
    private Prepared prepare(RawDocument doc) {
        return preparer.prepare(doc);
    }

    /** The ordered part: duplicates, the store, the counts. Runs on the reading thread, in input order. */
    private void commit(RawDocument doc, String rawHash, Optional<String> storedAtRead, Prepared r) {
        Optional<String> stored = storedAtRead;
        if (changedDocs.contains(doc.docId())) {
            stored = store.rawHash(doc.docId()); // an earlier line of this run stored this id after it was read
            if (stored.isPresent() && stored.get().equals(rawHash)) {
                unchanged++;
                return;
            }
        }
        Cleaned c = r.cleaned();
        if (c != null && c.unreadDate() != null) {
            undated++;
            if (unreadDates.size() < 20) {
                unreadDates.add(doc.docId() + ": '" + shown(c.unreadDate()) + "'");
            }
        }
        if (r.rejection() != null) {
            reject(r.rejection());
            return;
        }
        String hash = r.hash();
        long[] sig = r.signature();
        String language = r.language();
        Optional<DuplicateIndex.Match> dup = duplicates.find(doc.docId(), hash, sig);
        CleanDocument clean = new CleanDocument(doc.docId(), c.source(), c.url(), c.title(), c.published(), language,
                c.text(), hash, dup.map(DuplicateIndex.Match::originalId).orElse(null), doc.origin());
        boolean isNew = stored.isEmpty();
        if (dup.isEmpty() && isNew && c.source() != null) {
            // counted in the same transaction as the document (upsert commits both), so a kill loses neither
            store.countLines(c.source(), SourceBoilerplateLearner.lineKeys(c.text()));
            touchedSources.add(c.source());
        }
        store.upsert(clean, c.text(), rawHash, sig, dup.map(DuplicateIndex.Match::similarity).orElse(null));
        changedDocs.add(doc.docId());
        if (isNew) {
            added++;
        } else {
            updated++;
        }
        if (dup.isPresent()) {
            dupes++;
        } else {
            duplicates.add(doc.docId(), hash, sig);
        }
    }

    @Override
    public void reject(Rejection rejection) {
        rejected++;
        long n = rejectedPerInput.merge(rejection.origin().input(), 1L, Long::sum);
        if (n <= REJECTIONS_PER_INPUT) {
            store.reject(rejection);
            onReject.accept(rejection);
        } else if (n == REJECTIONS_PER_INPUT + 1) {
            Rejection more = new Rejection(new id.pantau.model.Origin(rejection.origin().input(), rejection.origin().reader(), "more"),
                    "more than " + REJECTIONS_PER_INPUT + " rejections in this input; the rest are counted, not listed");
            store.reject(more);
            onReject.accept(more);
        }
    }

    private static String shown(String s) {
        String t = s.codePoints().limit(80).map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.length() > t.length() ? t + "…" : t;
    }
}
