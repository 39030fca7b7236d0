package id.pantau.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small pure predicates over one line of article text, shared by the cleaning stages. */
final class Lines {
    private Lines() {
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;\"”’'…)]$");

    /** Lower-cased letters and digits separated by single spaces: the comparison key of a line. */
    static String key(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static int words(String s) {
        String k = key(s);
        return k.isEmpty() ? 0 : k.split(" ").length;
    }

    static boolean endsLikeSentence(String s) {
        return TERMINAL.matcher(s.strip()).matches();
    }

    /** A headline: no sentence-final punctuation, at most 30 words, most words capitalised. */
    static boolean headlineLike(String s) {
        String t = s.strip();
        if (t.isEmpty() || endsLikeSentence(t)) {
            return false;
        }
        String[] tokens = t.split("\\s+");
        if (tokens.length > 30) {
            return false;
        }
        int content = 0, capital = 0;
        for (String tok : tokens) {
            String w = tok.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (w.length() < 4) {
                continue;
            }
            content++;
            if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
                capital++;
            }
        }
        return content == 0 || capital * 10 >= content * 6;
    }
}
