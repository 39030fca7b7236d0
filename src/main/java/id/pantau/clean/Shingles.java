package id.pantau.clean;

import java.util.HashSet;
import java.util.Set;

/** Word n-gram sets and their containment, for near-exact repeat detection. */
final class Shingles {
    private Shingles() {
    }

    /** The set of word n-grams of a normalised key (a single n-gram when shorter than n). */
    static Set<String> of(String key, int n) {
        Set<String> out = new HashSet<>();
        if (key.isEmpty()) {
            return out;
        }
        String[] w = key.split(" ");
        if (w.length < n) {
            out.add(key);
            return out;
        }
        for (int i = 0; i + n <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)));
        }
        return out;
    }

    /** Share of {@code a}'s shingles that occur in {@code b}. */
    static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String s : a) {
            if (b.contains(s)) {
                hit++;
            }
        }
        return (double) hit / a.size();
    }
}
