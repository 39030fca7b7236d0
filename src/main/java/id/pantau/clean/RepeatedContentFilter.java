package id.pantau.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repeated paragraphs and sentences inside one document. An exact or near-exact copy of an
 * earlier paragraph is dropped; a lead teaser that a later, longer paragraph repeats is dropped
 * in favour of the later one; and sentences already said earlier are cut out of a paragraph
 * that mixes them with new text.
 */
public final class RepeatedContentFilter implements CleaningStage {
    public static final String NAME = "repeats";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\\p{Lu}\"“0-9])|(?<=\\p{Ll}{3}[.!?])(?=\\p{Lu}\\p{Ll})");
    private static final double CONTAINED = 0.9;
    private static final int MIN_SENTENCE_WORDS = 5;
    private static final int MAX_PARAGRAPHS = 1500;
    private static final int LEAD_ZONE = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Draft apply(Draft draft) {
        List<String> paras = dropContained(draft.paragraphs());
        return draft.withParagraphs(dropRepeatedSentences(paras));
    }

    private static List<String> dropContained(List<String> in) {
        int n = Math.min(in.size(), MAX_PARAGRAPHS);
        List<Set<String>> shingles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            shingles.add(Shingles.of(Lines.key(in.get(i)), 3));
        }
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (drop[i] || shingles.get(i).isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < n && !drop[i]; j++) {
                if (drop[j] || shingles.get(j).isEmpty()) {
                    continue;
                }
                Set<String> a = shingles.get(i), b = shingles.get(j);
                if (a.size() <= b.size() && Shingles.containment(a, b) >= CONTAINED) {
                    // a lead teaser repeated inside a fuller later paragraph: keep the later one;
                    // further down, the sentence pass below cuts the repeat out of the later one instead
                    drop[i] = a.size() < b.size() && i < LEAD_ZONE;
                    drop[j] = a.size() == b.size();
                } else if (b.size() < a.size() && Shingles.containment(b, a) >= CONTAINED) {
                    drop[j] = true;
                }
            }
        }
        List<String> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            if (i >= n || !drop[i]) {
                out.add(in.get(i));
            }
        }
        return out;
    }

    private static List<String> dropRepeatedSentences(List<String> in) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(in.size());
        for (String p : in) {
            String[] sentences = SENTENCE_END.split(p);
            StringBuilder kept = new StringBuilder();
            boolean changed = false;
            for (String s : sentences) {
                String key = Lines.key(s);
                boolean longEnough = Lines.words(s) >= MIN_SENTENCE_WORDS;
                if (longEnough && !seen.add(key)) {
                    changed = true;
                    continue;
                }
                if (kept.length() > 0) {
                    kept.append(' ');
                }
                kept.append(s.strip());
            }
            String result = changed ? kept.toString().strip() : p;
            if (!result.isEmpty()) {
                out.add(result);
            }
        }
        return out;
    }
}
