package id.pantau.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers and quantities in Indonesian news prose: digits with Indonesian separators ("1.700",
 * "800.000", "2,5 juta", "320 ribu"), number words ("dua puluh tujuh", "seratus", "dua lusin"),
 * vague amounts with the guide's conservative values ("puluhan" = 10, "ratusan" = 100,
 * "ribuan" = 1,000) and the hedges that make a figure approximate or a bound ("hampir",
 * "sekitar", "lebih dari", "setidaknya", "sedikitnya", "kurang dari", "hingga").
 */
public final class QuantityParser {
    private static final Map<String, Integer> UNITS = Map.of("satu", 1, "dua", 2, "tiga", 3, "empat", 4, "lima", 5,
            "enam", 6, "tujuh", 7, "delapan", 8, "sembilan", 9, "nol", 0);
    private static final Map<String, Integer> SE = Map.of("sepuluh", 10, "sebelas", 11, "seratus", 100, "seribu", 1000,
            "sejuta", 1_000_000, "selusin", 12, "seorang", 1, "satu", 1);
    private static final Map<String, Double> SCALES = Map.of("ribu", 1e3, "juta", 1e6, "miliar", 1e9, "milyar", 1e9, "triliun", 1e12);
    private static final Map<String, Double> VAGUE = Map.of("puluhan", 10.0, "belasan", 11.0, "ratusan", 100.0,
            "ribuan", 1000.0, "jutaan", 1_000_000.0, "lusinan", 12.0);

    /** Hedge phrases before a figure: kind "approx", "min" (at least), "max" (at most), "more" (more than). */
    private static final List<String[]> HEDGES = List.of(
            new String[] {"tidak kurang dari", "min"}, new String[] {"paling sedikit", "min"}, new String[] {"setidaknya", "min"},
            new String[] {"sedikitnya", "min"}, new String[] {"minimal", "min"}, new String[] {"sekurang-kurangnya", "min"},
            new String[] {"lebih dari", "more"}, new String[] {"lebih dari", "more"}, new String[] {"di atas", "more"},
            new String[] {"kurang dari", "max"}, new String[] {"tidak sampai", "max"}, new String[] {"hingga", "max"},
            new String[] {"sampai", "max"}, new String[] {"maksimal", "max"}, new String[] {"paling banyak", "max"},
            new String[] {"hampir", "nearly"}, new String[] {"nyaris", "nearly"}, new String[] {"mendekati", "nearly"},
            new String[] {"sekitar", "approx"}, new String[] {"kira-kira", "approx"}, new String[] {"kurang lebih", "approx"},
            new String[] {"diperkirakan", "approx"}, new String[] {"kisaran", "approx"}, new String[] {"sekira", "approx"},
            new String[] {"setidak-tidaknya", "min"}, new String[] {"at least", "min"}, new String[] {"nearly", "nearly"},
            new String[] {"about", "approx"}, new String[] {"around", "approx"}, new String[] {"more than", "more"});

    /** Words between the two ends of a range. */
    private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of("sampai", "hingga", "-", "–", "s/d", "s.d.", "sd");

    private final Tokenizer tokenizer = new Tokenizer();

    /** Every quantity in {@code text}, in order, with spans into it. */
    public List<Quantity> parse(String text) {
        return parse(text, 0, text.length());
    }

    public List<Quantity> parse(String text, int from, int to) {
        List<Span> toks = tokenizer.tokenize(text, from, to);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Parsed p = number(toks, i);
            if (p == null) {
                i++;
                continue;
            }
            int startTok = i;
            String hedge = null;
            String kind = null;
            for (String[] h : HEDGES) {
                int len = h[0].split(" ").length;
                if (i - len >= 0 && joined(toks, i - len, i).equals(h[0])) {
                    hedge = h[0];
                    kind = h[1];
                    startTok = i - len;
                    break;
                }
            }
            int endTok = p.end;
            // "50 lebih", "50-an"
            if (kind == null && endTok < toks.size() && lower(toks.get(endTok)).equals("lebih")) {
                hedge = "lebih";
                kind = "more";
                endTok++;
            }
            double v = p.value;
            boolean approx = p.vague || kind != null && !kind.equals("max");
            Double low = null, high = null;
            Parsed upper = (kind == null || kind.equals("approx")) && !p.vague ? rangeEnd(toks, endTok) : null;
            if (upper != null && upper.value > v) {
                // "50 sampai 60 orang", "10-15 orang": a range reads as its lower end (the conservative figure)
                low = v;
                high = upper.value;
                approx = true;
                hedge = hedge == null ? "range" : hedge;
                endTok = upper.end;
            } else if (kind == null) {
                if (p.vague) {
                    low = v;
                } else {
                    low = v;
                    high = v;
                }
            } else {
                switch (kind) {
                    case "min", "more" -> low = v;
                    case "max" -> high = v;
                    case "nearly" -> high = v;
                    default -> { }
                }
            }
            Span span = new Span(toks.get(startTok).start(), toks.get(endTok - 1).end(),
                    text.substring(toks.get(startTok).start(), toks.get(endTok - 1).end()));
            out.add(new Quantity(v, low, high, approx, hedge, span));
            i = endTok;
        }
        return out;
    }

    private record Parsed(double value, int end, boolean vague) {
    }

    /** The upper end of a range after token {@code at} ("sampai 60", "hingga 15", "- 15"), or null. */
    private static Parsed rangeEnd(List<Span> toks, int at) {
        if (at + 1 >= toks.size()) {
            return null;
        }
        String w = lower(toks.get(at));
        if (!RANGE_WORDS.contains(w)) {
            return null;
        }
        Parsed upper = number(toks, at + 1);
        return upper == null || upper.vague ? null : upper;
    }

    /** A number starting at token i, or null. */
    private static Parsed number(List<Span> toks, int i) {
        String w = lower(toks.get(i));
        if (Character.isDigit(w.charAt(0))) {
            Double d = digits(w);
            if (d == null) {
                return null;
            }
            int end = i + 1;
            if (end < toks.size() && SCALES.containsKey(lower(toks.get(end)))) {
                d *= SCALES.get(lower(toks.get(end)));
                end++;
            } else if (end < toks.size() && lower(toks.get(end)).equals("lusin")) {
                d *= 12;
                end++;
            }
            return new Parsed(d, end, false);
        }
        if (VAGUE.containsKey(w)) {
            double v = VAGUE.get(w);
            int end = i + 1;
            if (end < toks.size() && SCALES.containsKey(lower(toks.get(end)))) {
                v *= SCALES.get(lower(toks.get(end)));
                end++;
            }
            return new Parsed(v, end, true);
        }
        return words(toks, i);
    }

    private static Parsed words(List<Span> toks, int i) {
        double total = 0, hundreds = 0, last = 0;
        boolean any = false;
        int j = i;
        for (; j < toks.size(); j++) {
            String w = lower(toks.get(j));
            if (UNITS.containsKey(w)) {
                if (last != 0) {
                    break; // "dua tiga" is not one number
                }
                last = UNITS.get(w);
            } else if (w.equals("belas") && any && last > 0) {
                hundreds += last + 10;
                last = 0;
            } else if (w.equals("puluh") && any && last > 0) {
                hundreds += last * 10;
                last = 0;
            } else if (w.equals("ratus") && any && last > 0) {
                hundreds += last * 100;
                last = 0;
            } else if (w.equals("lusin") && any && last > 0) {
                hundreds += last * 12;
                last = 0;
            } else if (SE.containsKey(w) && !w.equals("satu")) {
                int v = SE.get(w);
                if (v >= 1000) {
                    total += v;
                } else {
                    hundreds += v;
                }
            } else if (SCALES.containsKey(w) && any) {
                double scaled = (hundreds + last == 0 ? 1 : hundreds + last) * SCALES.get(w);
                total += scaled;
                hundreds = 0;
                last = 0;
            } else {
                break;
            }
            any = true;
        }
        if (!any) {
            return null;
        }
        return new Parsed(total + hundreds + last, j, false);
    }

    /** "1.700" → 1700, "800.000" → 800000, "2,5" → 2.5, "27" → 27; dates and times ("9/11", "21.00") are not counts. */
    static Double digits(String w) {
        if (w.contains("/") || w.contains(":")) {
            return null;
        }
        if (w.matches("\\d{1,3}(\\.\\d{3})+")) {
            return Double.parseDouble(w.replace(".", ""));
        }
        if (w.matches("\\d+(,\\d+)?")) {
            return Double.parseDouble(w.replace(',', '.'));
        }
        if (w.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            return Double.parseDouble(w.replace(".", "").replace(',', '.'));
        }
        if (w.matches("\\d+")) {
            return Double.parseDouble(w);
        }
        return null;
    }

    private static String joined(List<Span> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(toks.get(k).text().equals("-") || toks.get(k - 1).text().equals("-") ? "" : " ");
            }
            sb.append(lower(toks.get(k)));
        }
        return sb.toString();
    }

    private static String lower(Span s) {
        return s.text().toLowerCase(Locale.ROOT);
    }
}
