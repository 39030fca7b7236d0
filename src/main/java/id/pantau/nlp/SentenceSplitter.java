package id.pantau.nlp;

import id.pantau.util.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences with character offsets into the clean text. A paragraph break always ends a
 * sentence; '.', '!' and '?' end one when followed by space and a capital, a quote or a digit,
 * unless the word before is a known abbreviation (AKBP, Kombes, Jl., dll.) or a lone initial.
 * A period glued to a capitalised word ("lainnya.Dikatakan") also ends a sentence.
 */
public final class SentenceSplitter {
    private static final String RESOURCE = "id/pantau/nlp/abbreviations-id.txt";

    private static final class Holder {
        static final Set<String> ABBREVIATIONS = Set.copyOf(Resources.dataLines(RESOURCE).stream().map(String::strip).toList());
    }

    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                end++;
            }
            while (end < n && isClosing(text.charAt(end))) {
                end++;
            }
            if (end >= n) {
                continue;
            }
            char next = text.charAt(end);
            boolean glued = c == '.' && end == i + 1 && Character.isUpperCase(next) && end + 1 < n
                    && Character.isLowerCase(text.charAt(end + 1)) && i >= 3 && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLowerCase(text.charAt(i - 2));
            if (!glued && next != ' ') {
                i = end - 1;
                continue;
            }
            int k = end;
            while (k < n && text.charAt(k) == ' ') {
                k++;
            }
            if (k >= n || text.charAt(k) == '\n') {
                i = end - 1;
                continue;
            }
            char first = text.charAt(k);
            boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first) || isOpening(first);
            if (startsSentence && !(c == '.' && abbreviationBefore(text, i))) {
                add(text, start, end, out);
                start = k;
            }
            i = end - 1;
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int j = dot;
        while (j > 0 && !Character.isWhitespace(text.charAt(j - 1)) && text.charAt(j - 1) != '(') {
            j--;
        }
        String word = text.substring(j, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "M. Akrom"
        }
        return Holder.ABBREVIATIONS.contains(word);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '«';
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(Span.of(text, start, end));
        }
    }
}
