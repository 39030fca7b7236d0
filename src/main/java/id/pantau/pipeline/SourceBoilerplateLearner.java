package id.pantau.pipeline;

import id.pantau.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Boilerplate learned from the corpus itself: a short line that recurs, word for word, in many
 * original documents of one source (a tagline, a standing disclaimer, a newsletter plug) is
 * clutter. The rule needs at least {@value #MIN_DOCS} documents and {@value #MIN_SHARE} of the
 * source's originals, only touches lines of at most {@value #MAX_WORDS} words, and never removes
 * more than half of a document.
 */
public final class SourceBoilerplateLearner {
    static final int MIN_DOCS = 5;
    static final double MIN_SHARE = 0.02;
    static final int MIN_SOURCE_DOCS = 10;
    static final int MAX_WORDS = 30;
    private final Store store;

    public SourceBoilerplateLearner(Store store) {
        this.store = store;
    }

    /** The comparison keys of a text's short lines (distinct, in order). */
    public static Set<String> lineKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            String k = Hashes.normalize(line);
            if (!k.isEmpty() && k.split(" ").length <= MAX_WORDS) {
                keys.add(k);
            }
        }
        return keys;
    }

    /**
     * How many original documents of a source must carry a line for it to be learned as boilerplate, given the
     * source's number of original documents; -1 when the source has too few documents to learn from.
     */
    public static int minDocs(long originals) {
        return originals < MIN_SOURCE_DOCS ? -1 : (int) Math.max(MIN_DOCS, Math.ceil(originals * MIN_SHARE));
    }

    /** A text without its learned lines, and how many lines went. */
    public record Stripped(String text, int dropped) {
    }

    /** The text (as cleaned, before learning) without the lines whose key is learned; never more than half of it. */
    public static Stripped strip(String base, Set<String> learned) {
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        for (String line : base.split("\n")) {
            if (learned.contains(Hashes.normalize(line))) {
                dropped++;
            } else {
                kept.add(line);
            }
        }
        String text = String.join("\n", kept);
        if (dropped > 0 && text.length() * 2 < base.length()) {
            return new Stripped(base, 0); // never let a learned rule eat most of an article
        }
        return new Stripped(text, dropped);
    }

    /** What a pass removed: the number of lines, and the documents whose text changed. */
    public record Result(long linesRemoved, Set<String> changedDocs) {
    }

    /** Re-filters the documents of the given sources. */
    public Result apply(Set<String> sources) {
        long removed = 0;
        Set<String> changed = new LinkedHashSet<>();
        for (String source : sources) {
            long n = store.countOriginals(source);
            int min = minDocs(n);
            if (min < 0) {
                continue;
            }
            Map<String, Integer> frequent = store.frequentLines(source, min);
            if (frequent.isEmpty()) {
                continue;
            }
            List<String[]> changes = new ArrayList<>();
            long[] count = {0};
            store.forEachText(source, (docId, base, current) -> {
                Stripped st = strip(base, frequent.keySet());
                if (!st.text().equals(current)) {
                    changes.add(new String[] {docId, st.text()});
                }
                count[0] += st.dropped();
            });
            for (String[] c : changes) {
                store.updateText(c[0], c[1], Hashes.contentHash(c[1]));
                changed.add(c[0]);
            }
            removed += count[0];
        }
        for (String source : sources) {
            store.sourceLearned(source);
        }
        store.commit();
        return new Result(removed, changed);
    }
}
