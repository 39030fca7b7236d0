package id.pantau.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds dictionary phrases (place names, actor aliases) in text with Aho-Corasick, whole words
 * only, longest match first, ignoring case and the difference between hyphen, apostrophe and
 * space ("al-Nusra" = "al Nusra", "Hay'et" = "Hay et"). Offsets point into the original text.
 */
public final class PhraseMatcher {
    private final Trie trie;

    /** A phrase found: its normalised key and where it stands. */
    public record Match(String key, Span span) {
    }

    public PhraseMatcher(Collection<String> phrases) {
        Trie.TrieBuilder b = Trie.builder().onlyWholeWords().ignoreOverlaps();
        for (String p : phrases) {
            String k = normalize(p);
            if (!k.isBlank()) {
                b.addKeyword(k);
            }
        }
        trie = b.build();
    }

    /** Lower case with hyphens, apostrophes and dots as spaces; same length as the input. */
    public static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '\'' || c == '’' || c == '‘' || c == '`' || c == '‐' || c == '–') {
                sb.append(' ');
            } else {
                String l = String.valueOf(c).toLowerCase(Locale.ROOT);
                sb.append(l.length() == 1 ? l.charAt(0) : c);
            }
        }
        return sb.toString();
    }

    public List<Match> find(String text) {
        String norm = normalize(text);
        List<Match> out = new ArrayList<>();
        for (Emit e : trie.parseText(norm)) {
            out.add(new Match(e.getKeyword(), Span.of(text, e.getStart(), e.getEnd() + 1)));
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }
}
