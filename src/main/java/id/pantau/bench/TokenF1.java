package id.pantau.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measure of {@code score_clean.py}: F1 of the multisets of lower-cased word tokens.
 * Boilerplate left in costs precision, lost content costs recall.
 */
public final class TokenF1 {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");

    private TokenF1() {
    }

    public static double f1(String gold, String predicted) {
        Map<String, Integer> g = bag(gold), p = bag(predicted);
        long gs = g.values().stream().mapToLong(Integer::longValue).sum();
        long ps = p.values().stream().mapToLong(Integer::longValue).sum();
        long inter = 0;
        for (var e : p.entrySet()) {
            inter += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        if (gs == 0 || ps == 0 || inter == 0) {
            return 0;
        }
        double prec = (double) inter / ps, rec = (double) inter / gs;
        return 2 * prec * rec / (prec + rec);
    }

    static Map<String, Integer> bag(String s) {
        Map<String, Integer> out = new HashMap<>();
        if (s == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return out;
    }
}
