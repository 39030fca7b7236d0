package id.pantau.nlp;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication timestamps as feeds and datasets give them, read with java.time into one form: an ISO
 * date-time with its offset ("2023-09-18T07:15:00+07:00") when the time is known, else an ISO day.
 * An Indonesian outlet's times are local: a UTC time becomes WIB (so an article published at 05:00
 * WIB stays on its own day), a time without a zone is WIB, and "WITA"/"WIT" in the text are
 * +08:00/+09:00. Read: ISO 8601, RFC 1123 ("Mon, 18 Sep 2023 00:15:00 GMT"), Indonesian and English
 * dates with month names ("Senin, 18 September 2023 07:15 WIB", "18 Sep 2023 | 07.15", "September
 * 18, 2023"), day-first numeric dates ("18/09/2023 07:15", "18-09-2023"), year-first ones
 * ("2023/09/18") and Unix epoch seconds or milliseconds. Anything else is not understood.
 */
public final class Timestamps {
    public static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    /** The normalised value (null when there is none or it was not understood) and whether it was understood. */
    public record Parsed(String value, boolean understood) {
    }

    private static final String TIME = "(?:(?:\\s|[,|\\-–/]|pukul|jam|at)*(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?";
    private static final String ZONE = "(?:\\s*(WIB|WITA|WIT|GMT|UTC|Z)?\\s*([+-]\\d{1,2}(?::?\\d{2})?)?)?";
    private static final Pattern NAMED_DAY_FIRST = Pattern.compile("(?:(?:" + IndonesianMonths.WEEKDAY_ALT + ")\\s*,?\\s*)?"
            + "(\\d{1,2})\\s+(" + IndonesianMonths.MONTH_ALT + ")\\.?\\s*,?\\s+(\\d{4})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_MONTH_FIRST = Pattern.compile("(?:(?:" + IndonesianMonths.WEEKDAY_ALT + ")\\s*,?\\s*)?"
            + "(" + IndonesianMonths.MONTH_ALT + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DAY_FIRST = Pattern.compile("(?:(?:" + IndonesianMonths.WEEKDAY_ALT + ")\\s*,?\\s*)?"
            + "(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_YEAR_FIRST = Pattern.compile("(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EPOCH = Pattern.compile("\\d{9,10}|\\d{12,13}");

    private Timestamps() {
    }

    /**
     * Reads one timestamp. {@code indonesianOutlet}: the outlet is Indonesian (or unknown), so its
     * times are local Indonesian times.
     */
    public static Parsed normalize(String raw, boolean indonesianOutlet) {
        if (raw == null || raw.isBlank()) {
            return new Parsed(null, true);
        }
        String s = raw.strip();
        try {
            String value = iso(s, indonesianOutlet);
            if (value == null) {
                value = textual(s, indonesianOutlet);
            }
            return value == null ? new Parsed(null, false) : new Parsed(value, true);
        } catch (DateTimeException | NumberFormatException e) {
            return new Parsed(null, false); // a date-like text that is no date ("31/02/2023")
        }
    }

    private static String iso(String s, boolean local) {
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant i = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return format(i.atOffset(ZoneOffset.UTC), local);
        }
        String t = s.length() > 10 && s.charAt(10) == ' ' && Character.isDigit(s.charAt(0)) ? s.substring(0, 10) + "T" + s.substring(11) : s;
        try {
            return format(OffsetDateTime.parse(t), local);
        } catch (DateTimeParseException e) {
            // not a date-time with an offset
        }
        try {
            LocalDateTime ldt = LocalDateTime.parse(t);
            return local ? ldt.atOffset(WIB).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : ldt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(t).toString();
        } catch (DateTimeParseException e) {
            // not a day
        }
        try {
            return format(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME), local);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String textual(String s, boolean local) {
        Matcher m;
        int y, mo, d, g;
        if ((m = NAMED_DAY_FIRST.matcher(s)).lookingAt()) {
            d = Integer.parseInt(m.group(1));
            mo = IndonesianMonths.month(m.group(2));
            y = Integer.parseInt(m.group(3));
            g = 4;
        } else if ((m = NAMED_MONTH_FIRST.matcher(s)).lookingAt()) {
            mo = IndonesianMonths.month(m.group(1));
            d = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
            g = 4;
        } else if ((m = NUMERIC_DAY_FIRST.matcher(s)).lookingAt()) {
            d = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(3));
            y = Integer.parseInt(m.group(4));
            g = 5;
        } else if ((m = NUMERIC_YEAR_FIRST.matcher(s)).lookingAt()) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(3));
            d = Integer.parseInt(m.group(4));
            g = 5;
        } else {
            return null;
        }
        if (!s.substring(m.end()).isBlank()) {
            return null; // more text after the date: not a timestamp we understand
        }
        LocalDate day = LocalDate.of(y, mo, d);
        if (m.group(g) == null) {
            return day.toString();
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
                m.group(g + 2) == null ? 0 : Integer.parseInt(m.group(g + 2)));
        String zone = m.group(g + 3) == null ? "" : m.group(g + 3).toUpperCase(Locale.ROOT);
        String offset = m.group(g + 4);
        ZoneOffset z = switch (zone) {
            case "WIB" -> WIB;
            case "WITA" -> ZoneOffset.ofHours(8);
            case "WIT" -> ZoneOffset.ofHours(9);
            case "GMT", "UTC", "Z" -> offset == null ? ZoneOffset.UTC : offset(offset);
            default -> offset != null ? offset(offset) : null;
        };
        LocalDateTime ldt = LocalDateTime.of(day, time);
        if (z == null) {
            return local ? ldt.atOffset(WIB).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : ldt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        OffsetDateTime odt = ldt.atOffset(z);
        return zone.startsWith("WI") ? odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : format(odt, local);
    }

    private static ZoneOffset offset(String o) {
        String digits = o.substring(1).replace(":", "");
        int h = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int min = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        return ZoneOffset.ofHoursMinutes(o.charAt(0) == '-' ? -h : h, o.charAt(0) == '-' ? -min : min);
    }

    /** A UTC time of an Indonesian outlet is shown in WIB; any other offset is the outlet's own and kept. */
    private static String format(OffsetDateTime t, boolean local) {
        OffsetDateTime out = local && t.getOffset().equals(ZoneOffset.UTC) ? t.withOffsetSameInstant(WIB) : t;
        return out.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
