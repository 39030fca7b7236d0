package id.pantau.framing;

import id.pantau.nlp.PhraseMatcher;
import id.pantau.nlp.Span;
import id.pantau.util.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluative labels of {@code labels-v1.tsv}, loaded once on first use; a missing or malformed file
 * fails loudly, naming the file and the line.
 */
public final class LabelLexicon {
    static final String RESOURCE = "id/pantau/framing/labels-v1.tsv";

    /** What a label is: see the file's header for the columns. */
    public enum Kind { HEAD, MODIFIER, AFFILIATION, SPONSOR }

    /** Whom a head label standing alone refers to. */
    public enum Side { NONSTATE, STATE, NONE }

    /** One label: canonical form, stance, kind, side and the actor it names by convention (or null). */
    public record Entry(String label, Stance stance, Kind kind, Side side, String actor) {
    }

    /** A label found in text. */
    public record Hit(Span span, Entry entry) {
    }

    private final Map<String, Entry> bySurface = new HashMap<>();
    private final Map<String, String> shortForms = new HashMap<>();
    private final PhraseMatcher matcher;

    LabelLexicon(List<String> lines) {
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (c.length != 5) {
                throw new IllegalStateException(RESOURCE + ": expected 5 columns (label, stance, kind, side, actor): " + line);
            }
            String[] forms = c[0].split("\\|");
            Entry e;
            try {
                e = new Entry(forms[0].strip(), Stance.of(c[1].strip()), Kind.valueOf(c[2].strip().toUpperCase(java.util.Locale.ROOT)),
                        Side.valueOf(c[3].strip().toUpperCase(java.util.Locale.ROOT)), c[4].isBlank() ? null : c[4].strip());
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(RESOURCE + ": " + ex.getMessage() + ": " + line, ex);
            }
            for (String f : forms) {
                String key = PhraseMatcher.normalize(f.strip());
                if (bySurface.putIfAbsent(key, e) != null) {
                    throw new IllegalStateException(RESOURCE + ": the form '" + f + "' is listed twice");
                }
                if (f.strip().length() <= 3) {
                    shortForms.put(key, f.strip());
                }
            }
        }
        matcher = new PhraseMatcher(bySurface.keySet());
    }

    private static final class Holder {
        static final LabelLexicon DEFAULT = new LabelLexicon(Resources.dataLines(RESOURCE));
    }

    public static LabelLexicon standard() {
        return Holder.DEFAULT;
    }

    /** The labels in {@code text}, longest first where they overlap, in text order. */
    public List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        for (PhraseMatcher.Match m : matcher.find(text)) {
            String exact = shortForms.get(m.key());
            if (exact != null && !m.span().text().equals(exact)) {
                continue;
            }
            out.add(new Hit(m.span(), bySurface.get(m.key())));
        }
        return out;
    }

    /** The entry of a label form (any spelling, any case), or null. */
    public Entry entry(String form) {
        return bySurface.get(PhraseMatcher.normalize(form.strip()));
    }
}
