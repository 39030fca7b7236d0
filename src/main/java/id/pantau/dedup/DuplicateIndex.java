package id.pantau.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the earlier document a new one duplicates: first by exact normalised-content hash,
 * then by MinHash LSH ({@value #BANDS} bands of {@value #ROWS} rows) with the candidate's
 * estimated Jaccard similarity at or above the threshold. Documents are added in ingest order,
 * so the original is always the first one seen.
 */
public final class DuplicateIndex {
    static final int BANDS = 16;
    static final int ROWS = MinHasher.HASHES / BANDS;
    public static final double DEFAULT_THRESHOLD = 0.8;

    private final double threshold;
    private final Map<String, String> byHash = new HashMap<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<long[]> signatures = new ArrayList<>();

    public DuplicateIndex(double threshold) {
        this.threshold = threshold;
    }

    /** A duplicate found: the original's id and how similar (1.0 for an exact copy). */
    public record Match(String originalId, double similarity) {
    }

    /** The earlier document that {@code docId} duplicates, if any; does not add it. */
    public Optional<Match> find(String docId, String contentHash, long[] signature) {
        String exact = byHash.get(contentHash);
        if (exact != null && !exact.equals(docId)) {
            return Optional.of(new Match(exact, 1.0));
        }
        Match best = null;
        for (int b = 0; b < BANDS; b++) {
            for (int i : buckets.getOrDefault(bandKey(signature, b), List.of())) {
                if (ids.get(i).equals(docId)) {
                    continue;
                }
                double s = MinHasher.similarity(signature, signatures.get(i));
                if (s >= threshold && (best == null || s > best.similarity())) {
                    best = new Match(ids.get(i), s);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Adds an original (non-duplicate) document to the index. */
    public void add(String docId, String contentHash, long[] signature) {
        byHash.putIfAbsent(contentHash, docId);
        int idx = ids.size();
        ids.add(docId);
        signatures.add(signature);
        for (int b = 0; b < BANDS; b++) {
            buckets.computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>(2)).add(idx);
        }
    }

    public int size() {
        return ids.size();
    }

    /** The LSH bucket keys of a signature, one per band: two documents can only be near-duplicates if they share one. */
    public static long[] bandKeys(long[] signature) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            out[b] = bandKey(signature, b);
        }
        return out;
    }

    private static long bandKey(long[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = MinHasher.mix(h * 31 + sig[band * ROWS + r]);
        }
        return h;
    }
}
