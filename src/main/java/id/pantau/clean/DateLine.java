package id.pantau.clean;

import id.pantau.nlp.IndonesianMonths;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is nothing but a publication date ("10 November 2017",
 * "Rabu, 22 November 2017 10:15 WIB", "22/11/2017 14:00") and reads the date from it.
 */
final class DateLine {
    private DateLine() {
    }

    private static final String WD = "(?:(?:" + IndonesianMonths.WEEKDAY_ALT + ")\\s*,?\\s*)?";
    private static final String TIME = "(?:\\s*[-|,]?\\s*(?:pukul\\s*)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:wib|wita|wit|gmt|utc)?(?:\\s*[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern NAMED = Pattern.compile("(?i)" + WD + "(\\d{1,2})\\s+(" + IndonesianMonths.MONTH_ALT
            + ")\\.?\\s+(\\d{4})" + TIME + "\\s*");
    private static final Pattern NUMERIC = Pattern.compile("(?i)" + WD + "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})" + TIME + "\\s*");

    /** The ISO date when {@code line} is only a date, otherwise empty. */
    static Optional<String> parse(String line) {
        String s = line.strip();
        if (s.length() > 60) {
            return Optional.empty();
        }
        Matcher m = NAMED.matcher(s);
        if (m.matches()) {
            return iso(m.group(3), IndonesianMonths.month(m.group(2)), m.group(1));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            return iso(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<String> iso(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
