package id.pantau.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MinHash signatures over word shingles of normalised text. Two signatures agree in about
 * the Jaccard similarity of the documents' shingle sets.
 */
public final class MinHasher {
    public static final int HASHES = 64;
    static final int SHINGLE = 5;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final long[] seeds = new long[HASHES];

    public MinHasher() {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + i);
            seeds[i] = x;
        }
    }

    /** The signature of {@code text}; an empty text gives all-max values. */
    public long[] signature(String text) {
        String[] words = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ");
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int n = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
                for (byte b : words[j].getBytes(StandardCharsets.UTF_8)) {
                    h = (h ^ b) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ seeds[k]);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** Share of positions where two signatures agree: the Jaccard estimate. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
