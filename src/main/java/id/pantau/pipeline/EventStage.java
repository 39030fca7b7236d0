package id.pantau.pipeline;

import id.pantau.events.CoderVersion;
import id.pantau.events.Event;
import id.pantau.events.EventCoder;
import id.pantau.store.Store;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

/**
 * Codes the events of stored documents and stores them (replacing what was coded before), stamping
 * each document with the coder's version ({@link CoderVersion}) in the same transaction.
 */
public final class EventStage {
    private final java.util.function.Supplier<EventCoder> coder;
    private EventCoder loaded;
    private int threads = 1;

    /** Codes on this many threads (one coder each); events are stored in document order whatever the number. */
    public EventStage threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = n;
        return this;
    }

    public EventStage(EventCoder coder) {
        this.coder = () -> coder;
    }

    /** A stage that loads the coder (gazetteer, models) only when there is something to code. */
    public static EventStage lazy() {
        return new EventStage(EventCoder::standard, true);
    }

    private EventStage(java.util.function.Supplier<EventCoder> coder, boolean lazy) {
        this.coder = coder;
    }

    private EventCoder coder() {
        if (loaded == null) {
            loaded = coder.get();
        }
        return loaded;
    }

    /** Codes the named documents (all when {@code docIds} is null); returns how many events were stored. */
    public long run(Store store, Collection<String> docIds) {
        long[] n = {0};
        String stamp = CoderVersion.get();
        if (threads == 1 || docIds != null && docIds.size() < 2) {
            store.forEachForCoding(docIds, (docId, text, published, url) -> {
                Coded c = code(coder(), docId, text, id.pantau.nlp.PublicationDate.resolve(published, url));
                store.replaceEvents(docId, c.events(), c.labels(), stamp);
                n[0] += c.events().size();
            });
            store.commit();
            return n[0];
        }
        // coding is pure (text in, events out): workers code, this thread stores in document order
        coder(); // load the shared resources once, before the workers start
        ThreadLocal<EventCoder> coders = ThreadLocal.withInitial(coder);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pantau-events");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.Map.Entry<String, java.util.concurrent.Future<Coded>>> inFlight = new java.util.ArrayDeque<>();
        Runnable storeOldest = () -> {
            var e = inFlight.poll();
            Coded events;
            try {
                events = e.getValue().get();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while coding " + e.getKey(), ex);
            } catch (java.util.concurrent.ExecutionException ex) {
                throw new IllegalStateException("coding the events of " + e.getKey() + " failed: " + ex.getCause(), ex.getCause());
            }
            store.replaceEvents(e.getKey(), events.events(), events.labels(), stamp);
            n[0] += events.events().size();
        };
        try {
            store.forEachForCoding(docIds, (docId, text, published, url) -> {
                java.time.LocalDate day = id.pantau.nlp.PublicationDate.resolve(published, url);
                inFlight.add(java.util.Map.entry(docId, pool.submit(() -> code(coders.get(), docId, text, day))));
                while (inFlight.size() > 4 * threads || !inFlight.isEmpty() && inFlight.peek().getValue().isDone()) {
                    storeOldest.run();
                }
            });
            while (!inFlight.isEmpty()) {
                storeOldest.run();
            }
        } finally {
            pool.shutdownNow();
        }
        store.commit();
        return n[0];
    }

    /** What one document yields: its events and the labels it wraps around actors (the framing lens). */
    record Coded(List<Event> events, List<id.pantau.framing.ActorLabel> labels) {
    }

    private static Coded code(EventCoder coder, String docId, String text, LocalDate day) {
        return new Coded(coder.code(docId, text, day), id.pantau.framing.LabelReader.standard().read(text));
    }

    /** What a catch-up coded: documents and the events stored for them. */
    public record CatchUp(long documents, long events) {
    }

    /** Codes every document whose events are missing or were coded by another coder version. */
    public CatchUp catchUp(Store store) {
        List<String> stale = store.staleForCoding(CoderVersion.get());
        return new CatchUp(stale.size(), stale.isEmpty() ? 0 : run(store, stale));
    }

    /** The day of an ISO date or date-time ("2017-05-25", "2015-11-05T14:56:43+07:00"), or null. */
    static LocalDate publicationDate(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
