package id.pantau.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Indonesian and English month and weekday names (and common short forms). */
public final class IndonesianMonths {
    private IndonesianMonths() {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("feb", 2), Map.entry("peb", 2), Map.entry("february", 2),
            Map.entry("maret", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("agustus", 8), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("nopember", 11), Map.entry("nov", 11), Map.entry("nop", 11),
            Map.entry("desember", 12), Map.entry("des", 12), Map.entry("dec", 12), Map.entry("december", 12));

    /** Java DayOfWeek values 1 (Monday) to 7 (Sunday). */
    private static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
            Map.entry("senin", 1), Map.entry("selasa", 2), Map.entry("rabu", 3), Map.entry("kamis", 4),
            Map.entry("jumat", 5), Map.entry("jum'at", 5), Map.entry("sabtu", 6), Map.entry("minggu", 7),
            Map.entry("ahad", 7), Map.entry("monday", 1), Map.entry("tuesday", 2), Map.entry("wednesday", 3),
            Map.entry("thursday", 4), Map.entry("friday", 5), Map.entry("saturday", 6), Map.entry("sunday", 7));

    /** Regex alternation of every month name, longest first. */
    public static final String MONTH_ALT = alternation(MONTHS);
    /** Regex alternation of every weekday name, longest first. */
    public static final String WEEKDAY_ALT = alternation(WEEKDAYS);

    private static String alternation(Map<String, Integer> m) {
        return m.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** Month number 1-12, or 0 when the word is not a month. */
    public static int month(String word) {
        return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    /** ISO day of week 1-7, or 0 when the word is not a weekday. */
    public static int weekday(String word) {
        return WEEKDAYS.getOrDefault(word.toLowerCase(Locale.ROOT).replace("’", "'"), 0);
    }
}
