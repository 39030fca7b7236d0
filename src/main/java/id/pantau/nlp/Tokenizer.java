package id.pantau.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens with character offsets: words (with inner hyphens and apostrophes: "al-Sukhna",
 * "Hay'et", "luka-luka"), numbers with Indonesian separators ("1.700", "2,5", "9/11/2017"),
 * and single punctuation marks.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:[.,/:]\\d+)*(?:-an\\b)?|[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{L}\\p{M}\\p{N}]");

    public List<Span> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of {@code text[from, to)} with offsets into {@code text}. */
    public List<Span> tokenize(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), m.group()));
        }
        return out;
    }
}
