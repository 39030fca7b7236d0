package id.pantau.server;

import id.pantau.store.MergedEventTable;
import id.pantau.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * How the server reads the store: requests run on read connections of their own (opened on demand, up to
 * {@value #READERS}), side by side, never waiting for the connection on which the server's catch-up writes; the merged
 * events they read are rows of the store ({@link MergedEventTable}), brought up to date in the background on a
 * connection of their own, every {@value #REFRESH_SECONDS} seconds and as soon as a request finds the store changed.
 */
final class StoreReads implements AutoCloseable {
    static final int READERS = 4;
    static final int REFRESH_SECONDS = 2;

    private final Store store;
    private final LinkedBlockingQueue<Store> readers = new LinkedBlockingQueue<>();
    private final List<Store> opened = new ArrayList<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pantau-merged-events");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final Object firstBuild = new Object();
    private Store refreshStore; // the refresher's own connection, opened on first use (only the refresher thread touches it)

    StoreReads(Store store) {
        this.store = store;
    }

    void start() {
        refresher.scheduleWithFixedDelay(this::refreshNow, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    /** Runs a request's reads on one of the read connections. */
    <T> T read(Function<Store, T> work) {
        Store reader = readers.poll();
        if (reader == null) {
            synchronized (opened) {
                if (opened.size() < READERS) {
                    reader = store.reopen();
                    opened.add(reader);
                }
            }
        }
        try {
            if (reader == null) {
                reader = readers.take();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "unavailable", "the server is stopping", null);
        }
        try {
            return work.apply(reader);
        } finally {
            readers.offer(reader);
        }
    }

    /**
     * The merged events as rows, read on {@code reader}. Built here the first time (a store that never had them);
     * afterwards, when the store changed since they were merged, the request is answered from the rows as they are and
     * the rows are brought up to date in the background ({@link MergedEventTable#refresh} merges again only the date
     * windows the changed documents touch), so no request waits for a writer's lock. Checking costs two indexed reads.
     */
    MergedEventTable merged(Store reader) {
        MergedEventTable table = new MergedEventTable(reader);
        long at = table.mergedAt();
        if (at < 0) {
            synchronized (firstBuild) { // one first build, however many requests arrive at once
                table.refresh();
            }
        } else if (at != reader.lastChange()) {
            refreshSoon();
        }
        return table;
    }

    /** Asks the refresher to bring the rows up to date (once, however many requests ask). */
    private void refreshSoon() {
        if (refreshing.compareAndSet(false, true)) {
            try {
                refresher.execute(this::refreshNow);
            } catch (RejectedExecutionException stopped) {
                refreshing.set(false); // the server is closing
            }
        }
    }

    private void refreshNow() {
        try {
            if (refreshStore == null) {
                refreshStore = store.reopen();
            }
            MergedEventTable rows = new MergedEventTable(refreshStore);
            if (rows.stale()) {
                rows.refresh();
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(StoreReads.class).warn("could not bring the merged events up to date (will retry): {}",
                    e.getMessage());
        } finally {
            refreshing.set(false);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (refreshStore != null) {
            refreshStore.close();
        }
        synchronized (opened) {
            opened.forEach(Store::close);
            opened.clear();
        }
    }
}
