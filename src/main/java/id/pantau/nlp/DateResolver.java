package id.pantau.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in Indonesian news prose, resolved against the publication date: explicit dates
 * ("10 November 2017", "Kamis (9/11/2017)", "Sabtu (13 / 5)", "24 Mei", "21/10"), weekdays
 * ("Selasa kemarin", "pada hari Kamis", "Kamis malam"), relative words ("kemarin", "hari ini",
 * "pekan lalu", "bulan lalu", "dua hari lalu") and months ("bulan Maret", "awal Januari 2023").
 * A weekday or a date without a year needs the publication date; without one it is left out.
 */
public final class DateResolver {
    private static final String M = "(" + IndonesianMonths.MONTH_ALT + ")";
    private static final String WD = "(" + IndonesianMonths.WEEKDAY_ALT + ")";
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FULL_NAMED = Pattern.compile("\\b(\\d{1,2})\\s+" + M + "\\.?\\s+(\\d{4})\\b", F);
    /** A run of days in one month: "23 dan 24 September", "21-22 Mei"; group 1 its first day, group 2 the month. */
    private static final String RUN_OF_DAYS = "\\b(\\d{1,2})\\s*(?:-|–|dan|hingga|sampai|s\\.d\\.?)\\s*\\d{1,2}\\s+" + M;
    /** "23 dan 24 September 2019": its first day (the guide: an episode takes its first day). */
    private static final Pattern DAY_RANGE = Pattern.compile(RUN_OF_DAYS + "\\.?\\s+(\\d{4})\\b", F);
    /** "30 dan 31 Desember" without a year: its first day, the year from publication. */
    private static final Pattern DAY_RANGE_NO_YEAR = Pattern.compile(RUN_OF_DAYS + "\\b(?!\\.?\\s+\\d{4})", F);
    private static final Pattern FULL_NUMERIC = Pattern.compile("\\b(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{4})\\b");
    private static final Pattern DAY_MONTH_NAMED = Pattern.compile("\\b(\\d{1,2})\\s+" + M + "\\b(?!\\.?\\s+\\d{4})", F);
    /** "Jumat (13/1)"; not an address's numbers ("RT 02/01", "RT 02 / RW 01", "No. 12/3"). */
    private static final Pattern DAY_MONTH_NUMERIC = Pattern.compile("(?<![\\d/])(?<!(?i:\\brt|\\brw|\\bno|\\bnomor)\\.?\\s{0,2})(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/]|\\s*/\\s*\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:(awal|pertengahan|akhir)\\s+)?(?:bulan\\s+)?" + M + "\\s+(\\d{4})\\b", F);
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:(awal|pertengahan|akhir)\\s+)?bulan\\s+" + M + "\\b(?!\\s+\\d{4})", F);
    /** "September lalu", "pada Agustus", "akhir Juli silam": a month of the past year without its year. */
    private static final Pattern MONTH_PAST = Pattern.compile("\\b(?:(?:pada|sejak|hingga|sampai)\\s+)?(?:(awal|pertengahan|akhir)\\s+)?" + M
            + "(?:\\s+(?:lalu|silam|kemarin|yang lalu)\\b|(?=\\s*[,.;]|\\s+(?:ini|itu)\\b))", F);
    /** "14 Januari dua tahun lalu", "Maret tahun lalu", "5 Mei 10 tahun silam": a day or month some years back. */
    private static final Pattern YEARS_AGO = Pattern.compile("\\b(?:(\\d{1,2})\\s+)?" + M + "\\s+(?:(satu|dua|tiga|empat|lima|enam|tujuh|"
            + "delapan|sembilan|sepuluh|\\d{1,2})\\s+)?tahun\\s+(?:yang\\s+)?(?:lalu|silam)\\b", F);
    private static final List<String> SMALL = List.of("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
            "sepuluh", "sebelas", "dua belas");
    /** "Minggu Paskah", "Jumat Agung": a holiday's name, not a weekday of the last week; "salat Jumat": a prayer's name. */
    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\b(?:salat|sholat|shalat|solat)\\s{1,3})"
            + "\\b(?:pada\\s+)?(?:hari\\s+)?" + WD + "\\b(?!\\s+(?:Paskah|Palma|Agung|Kudus|Suci)\\b)"
            + "(\\s+(?:kemarin|lalu|pekan lalu|minggu lalu))?", F);
    /** "kemarin", "dua hari lalu", "pekan lalu"; not "beberapa bulan lalu" (some months ago: no month told). */
    private static final Pattern RELATIVE = Pattern.compile("(?<!\\b(?:beberapa|sekian|berbulan|berminggu)\\s{1,3})\\b(kemarin lusa|kemarin|hari ini|tadi malam|semalam|tadi pagi|pagi ini|"
            + "(?:satu|dua|tiga|empat|lima|enam|tujuh|\\d{1,2}) hari (?:lalu|yang lalu|sebelumnya)|pekan lalu|minggu lalu|bulan lalu)\\b", F);

    /** "pada hari yang sama", "di bulan yang sama": the day or month told just before. */
    private static final Pattern SAME = Pattern.compile("\\b(?:di|pada|dalam)\\s+(hari|bulan)\\s+yang\\s+sama\\b", F);

    /** "15 hari kemudian", "dua pekan setelahnya": days after the date told just before. */
    private static final Pattern LATER = Pattern.compile("\\b(\\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
            + "sebelas|dua belas|se)\\s*(hari|pekan|minggu)\\s+(?:kemudian|setelahnya|sesudahnya|berikutnya)\\b", F);

    private static final class Holidays {
        static final List<Holiday> ALL = load();

        static List<Holiday> load() {
            List<Holiday> out = new ArrayList<>();
            for (String line : id.pantau.util.Resources.dataLines(HOLIDAYS)) {
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException(HOLIDAYS + ": expected phrase, month, day, year offset: " + line);
                }
                String words = Pattern.quote(f[0].strip()).replace(" ", "\\E\\s+\\Q");
                out.add(new Holiday(Pattern.compile("\\b(?:(pada|saat|ketika|menjelang|jelang)\\s+)?" + words + "(?:\\s+(\\d{4}))?\\b", F),
                        Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip()), Integer.parseInt(f[3].strip())));
            }
            out.sort(Comparator.comparingInt((Holiday h) -> -h.pattern().pattern().length()));
            return List.copyOf(out);
        }
    }

    private static final String HOLIDAYS = "id/pantau/nlp/holidays-id.tsv";

    private record Holiday(Pattern pattern, int month, int day, int yearOffset) {
    }

    public List<DateMention> resolve(String text, LocalDate published) {
        List<DateMention> found = new ArrayList<>();
        holidays(text, published, found);
        Matcher m = FULL_NAMED.matcher(text);
        while (m.find()) {
            add(found, date(m.group(3), IndonesianMonths.month(m.group(2)), m.group(1)), 1, text, m.start(), m.end());
        }
        m = DAY_RANGE.matcher(text);
        while (m.find()) {
            add(found, date(m.group(3), IndonesianMonths.month(m.group(2)), m.group(1)), 1, text, m.start(), m.end());
        }
        m = FULL_NUMERIC.matcher(text);
        while (m.find()) {
            add(found, date(m.group(3), Integer.parseInt(m.group(2)), m.group(1)), 1, text, m.start(), m.end());
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(3), IndonesianMonths.month(m.group(2)), "1");
            add(found, d == null ? null : edge(d, m.group(1)), 3, text, m.start(), m.end());
        }
        if (published != null) {
            m = DAY_RANGE_NO_YEAR.matcher(text);
            while (m.find()) {
                add(found, nearestPast(published, IndonesianMonths.month(m.group(2)), m.group(1)), 1, text, m.start(), m.end());
            }
            m = DAY_MONTH_NAMED.matcher(text);
            while (m.find()) {
                add(found, nearestPast(published, IndonesianMonths.month(m.group(2)), m.group(1)), 1, text, m.start(), m.end());
            }
            m = DAY_MONTH_NUMERIC.matcher(text);
            while (m.find()) {
                add(found, nearestPast(published, Integer.parseInt(m.group(2)), m.group(1)), 1, text, m.start(), m.end());
            }
            m = MONTH_ONLY.matcher(text);
            while (m.find()) {
                LocalDate d = nearestPast(published, IndonesianMonths.month(m.group(2)), "1");
                add(found, d == null ? null : edge(d, m.group(1)), 3, text, m.start(), m.end());
            }
            m = MONTH_PAST.matcher(text);
            while (m.find()) {
                if (!m.group().matches("(?is)(pada|sejak|hingga|sampai|awal|pertengahan|akhir)\\s.*|.*\\s(lalu|silam|kemarin)")) {
                    continue; // a bare month name ("Juni, ...") may be a person's name
                }
                LocalDate d = nearestPast(published, IndonesianMonths.month(m.group(2)), "1");
                add(found, d == null ? null : edge(d, m.group(1)), 3, text, m.start(), m.end());
            }
            m = YEARS_AGO.matcher(text);
            while (m.find()) {
                String n = m.group(3) == null ? "satu" : m.group(3).toLowerCase();
                int years = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL.indexOf(n);
                int month = IndonesianMonths.month(m.group(2));
                if (years <= 0 || month == 0) {
                    continue;
                }
                LocalDate d = date(String.valueOf(published.getYear() - years), month, m.group(1) == null ? "1" : m.group(1));
                add(found, d, m.group(1) == null ? 3 : 1, text, m.start(), m.end());
            }
            m = WEEKDAY.matcher(text);
            while (m.find()) {
                int wd = IndonesianMonths.weekday(m.group(1));
                if (wd == 0 || weekNotSunday(text, m)) {
                    continue;
                }
                boolean past = m.group(2) != null;
                LocalDate d = past && m.group(2).strip().toLowerCase().contains("pekan")
                        || past && m.group(2).strip().toLowerCase().contains("minggu")
                        ? published.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)))
                        : past ? published.with(TemporalAdjusters.previous(DayOfWeek.of(wd)))
                        : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)));
                add(found, d, 1, text, m.start(), m.end());
            }
            m = RELATIVE.matcher(text);
            while (m.find()) {
                String w = m.group(1).toLowerCase();
                LocalDate d;
                int precision = 1;
                if (w.equals("kemarin lusa")) {
                    d = published.minusDays(2);
                } else if (w.equals("kemarin") || w.equals("tadi malam") || w.equals("semalam")) {
                    d = published.minusDays(1);
                } else if (w.equals("hari ini") || w.equals("tadi pagi") || w.equals("pagi ini")) {
                    d = published;
                } else if (w.equals("pekan lalu") || w.equals("minggu lalu")) {
                    d = published.minusWeeks(1);
                    precision = 2;
                } else if (w.equals("bulan lalu")) {
                    d = published.minusMonths(1).withDayOfMonth(1);
                    precision = 3;
                } else {
                    String n = w.split(" ")[0];
                    Double v = QuantityParser.digits(n);
                    int days = v != null ? v.intValue() : List.of("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh").indexOf(n);
                    d = published.minusDays(days);
                }
                add(found, d, precision, text, m.start(), m.end());
            }
        }
        return same(later(merge(found, text), text), text);
    }

    /**
     * "selama berminggu-minggu", "dua minggu", "minggu ini": a lower-case "minggu" is a week; Sunday is written "Minggu", or
     * "hari minggu".
     */
    private static boolean weekNotSunday(String text, Matcher m) {
        return m.group(1).equals("minggu") && !text.substring(m.start(), m.start(1)).toLowerCase().contains("hari");
    }

    /** Adds "pada hari yang sama" / "di bulan yang sama" as the day or month told last before it. */
    private static List<DateMention> same(List<DateMention> dates, String text) {
        Matcher m = SAME.matcher(text);
        List<DateMention> added = new ArrayList<>();
        while (m.find()) {
            boolean day = m.group(1).equalsIgnoreCase("hari");
            DateMention anchor = lastBefore(dates, m.start(), day ? 1 : 3);
            if (anchor != null) {
                added.add(new DateMention(day ? anchor.date() : anchor.date().withDayOfMonth(1), day ? 1 : Math.max(3, anchor.precision()),
                        Span.of(text, m.start(), m.end())));
            }
        }
        return withAdded(dates, added);
    }

    /** The last date told before {@code pos} at least as precise as {@code precision}, or null. */
    private static DateMention lastBefore(List<DateMention> dates, int pos, int precision) {
        DateMention anchor = null;
        for (DateMention d : dates) {
            if (d.span().end() <= pos && d.precision() <= precision) {
                anchor = d;
            }
        }
        return anchor;
    }

    /** The dates with the added ones, in text order. */
    private static List<DateMention> withAdded(List<DateMention> dates, List<DateMention> added) {
        if (added.isEmpty()) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates);
        out.addAll(added);
        out.sort(Comparator.comparingInt((DateMention d) -> d.span().start()));
        return out;
    }

    /** "tahun baru 2017", "malam Natal": a fixed-date day named instead of its date (without a year: the latest one). */
    private static void holidays(String text, LocalDate published, List<DateMention> found) {
        List<int[]> taken = new ArrayList<>();
        for (Holiday h : Holidays.ALL) {
            Matcher m = h.pattern().matcher(text);
            while (m.find()) {
                int s0 = m.start(), e0 = m.end();
                if (taken.stream().anyMatch(t -> s0 < t[1] && e0 > t[0])) {
                    continue; // "malam tahun baru" is not also "tahun baru"
                }
                LocalDate d;
                if (m.group(2) != null) {
                    d = date(String.valueOf(Integer.parseInt(m.group(2)) + h.yearOffset()), h.month(), String.valueOf(h.day()));
                } else if (published != null && m.group(1) != null) { // "pada malam Natal"; "perayaan Natal" names no day
                    d = nearestPast(published, h.month(), String.valueOf(h.day()));
                } else {
                    continue;
                }
                add(found, d, 1, text, s0, e0);
                taken.add(new int[] {s0, e0});
            }
        }
    }

    /** Adds "N hari kemudian" as the day N days after the day told last before it. */
    private static List<DateMention> later(List<DateMention> dates, String text) {
        Matcher m = LATER.matcher(text);
        List<DateMention> added = new ArrayList<>();
        while (m.find()) {
            DateMention anchor = lastBefore(dates, m.start(), 1);
            if (anchor == null) {
                continue;
            }
            String n = m.group(1).toLowerCase();
            int count = n.equals("se") ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL.indexOf(n);
            if (count <= 0) {
                continue;
            }
            boolean weeks = !m.group(2).equalsIgnoreCase("hari");
            LocalDate d = weeks ? anchor.date().plusWeeks(count) : anchor.date().plusDays(count);
            added.add(new DateMention(d, weeks ? 2 : 1, Span.of(text, m.start(), m.end())));
        }
        return withAdded(dates, added);
    }


    private static LocalDate edge(LocalDate first, String part) {
        if (part == null) {
            return first;
        }
        return switch (part.toLowerCase()) {
            case "pertengahan" -> first.withDayOfMonth(15);
            case "akhir" -> first.with(TemporalAdjusters.lastDayOfMonth()).minusDays(6);
            default -> first;
        };
    }

    /** Overlapping mentions: keep the more precise, then the longer ("Kamis (9/11/2017)" is one date). */
    private static List<DateMention> merge(List<DateMention> found, String text) {
        found.sort(Comparator.comparingInt((DateMention d) -> d.span().start()));
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : found) {
            if (!out.isEmpty()) {
                DateMention prev = out.get(out.size() - 1);
                boolean adjacent = d.span().start() >= prev.span().end() && d.span().start() - prev.span().end() <= 3
                        && text.substring(prev.span().end(), d.span().start()).matches("[\\s,(]*");
                if (prev.span().overlaps(d.span()) || adjacent && prev.precision() == 1 && d.precision() == 1) {
                    DateMention keep = better(prev, d);
                    int start = Math.min(prev.span().start(), d.span().start());
                    int end = Math.max(prev.span().end(), d.span().end());
                    if (adjacent && text.length() > end && text.charAt(end) == ')') {
                        end++;
                    }
                    out.set(out.size() - 1, new DateMention(keep.date(), keep.precision(), Span.of(text, start, end)));
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    private static DateMention better(DateMention a, DateMention b) {
        boolean aExplicit = a.span().text().matches(".*\\d.*");
        boolean bExplicit = b.span().text().matches(".*\\d.*");
        if (aExplicit != bExplicit) {
            DateMention explicit = aExplicit ? a : b, weekday = aExplicit ? b : a;
            if (weekday.precision() == 1 && explicit.precision() == 1
                    && explicit.date().getDayOfWeek() != weekday.date().getDayOfWeek()
                    && explicit.date().isBefore(weekday.date().minusDays(7))) {
                // "Sabtu (6/3)" in a report of 5 June, "Kamis (8/7)" in one of 9 June: the numbers are mistyped (the
                // day and month swapped, a wrong month); the weekday of the past week is the day meant
                return weekday;
            }
            return explicit;
        }
        if (a.precision() != b.precision()) {
            return a.precision() < b.precision() ? a : b;
        }
        return a.span().text().length() >= b.span().text().length() ? a : b;
    }

    private static void add(List<DateMention> out, LocalDate d, int precision, String text, int start, int end) {
        if (d != null) {
            out.add(new DateMention(d, precision, Span.of(text, start, end)));
        }
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Day and month without a year: the latest such date not more than a week after publication. */
    private static LocalDate nearestPast(LocalDate published, int month, String day) {
        if (month < 1 || month > 12) {
            return null;
        }
        LocalDate d = date(String.valueOf(published.getYear()), month, day);
        if (d == null) {
            return null;
        }
        return d.isAfter(published.plusDays(7)) ? d.minusYears(1) : d;
    }
}
