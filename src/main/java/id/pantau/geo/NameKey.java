package id.pantau.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form place names are matched in: lower case, without diacritics, with hyphens, apostrophes and
 * abbreviation dots read as spaces, runs of spaces as one. {@link #of(String)} gives a name's key;
 * {@link Folded} folds a whole text the same way and keeps, for every folded character, where it came
 * from, so matches map back to the original text. A full stop that ends a sentence becomes a barrier
 * ('|') that no name crosses.
 */
public final class NameKey {
    static final char BARRIER = '|';

    private NameKey() {
    }

    public static String of(String name) {
        return fold(name).text().strip();
    }

    /** A text folded for matching; {@code origin[i]} is the offset in the original of folded char i. */
    public record Folded(String text, int[] origin) {
    }

    public static Folded fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = foldChar(c);
            if (f == 0) {
                continue; // a combining mark
            }
            if (c == '.') {
                f = abbreviationDot(s, i) ? ' ' : BARRIER;
            }
            if (f == ' ' && (n == 0 || out.charAt(n - 1) == ' ')) {
                continue;
            }
            if (n == origin.length) {
                origin = java.util.Arrays.copyOf(origin, origin.length * 2);
            }
            out.append(f);
            origin[n++] = i;
        }
        return new Folded(out.toString(), java.util.Arrays.copyOf(origin, n));
    }

    private static char foldChar(char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            if (c == '-' || c == '\'' || c == '`' || Character.isWhitespace(c)) {
                return ' ';
            }
            return c;
        }
        switch (c) {
            case '’', '‘', 'ʿ', 'ʾ', '‐', '‑', '–', '\u00A0':
                return ' ';
            default:
                break;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        return Character.toLowerCase(Character.isLetter(base) ? base : c);
    }

    /** "Jl. Sudirman", "St. Petersburg", "Kab. Bogor": a dot after a short word inside a name. */
    private static boolean abbreviationDot(String s, int i) {
        int b = i;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        int len = i - b;
        boolean nextUpper = i + 2 < s.length() && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))
                || i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
        return len > 0 && len <= 3 && Character.isUpperCase(s.charAt(b)) && nextUpper
                && !s.substring(b, i).toUpperCase(Locale.ROOT).equals(s.substring(b, i));
    }
}
