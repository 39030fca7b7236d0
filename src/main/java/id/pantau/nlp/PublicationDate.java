package id.pantau.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article was published, for resolving "kemarin" and weekdays. A date-time keeps its own
 * offset's day ("2015-11-05T05:30:00+07:00" is 5 November in Jakarta). Many news URLs carry the
 * outlet's own publication date ("/20170826165159-…", "/2017/12/25/…"); when the stored date is a
 * bare day up to three days after the URL's (a crawl date, as in scraped datasets) or missing, the
 * URL's date is the publication day.
 */
public final class PublicationDate {
    private static final Pattern URL_STAMP = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d{4,6}(?:[-_/.]|$)");
    private static final Pattern URL_PATH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Pattern URL_DASHED = Pattern.compile("[/-]((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[-/]|$)");

    private PublicationDate() {
    }

    /** The publication day, or null when neither the stored date nor the URL gives one. */
    public static LocalDate resolve(String published, String url) {
        LocalDate stored = null;
        boolean withTime = false;
        if (published != null && published.length() >= 10) {
            try {
                if (published.length() > 10 && published.charAt(10) == 'T') {
                    stored = OffsetDateTime.parse(published).toLocalDate();
                    withTime = true;
                } else {
                    stored = LocalDate.parse(published.substring(0, 10));
                }
            } catch (DateTimeParseException e) {
                try {
                    stored = LocalDate.parse(published.substring(0, 10));
                } catch (DateTimeParseException e2) {
                    stored = null;
                }
            }
        }
        LocalDate fromUrl = fromUrl(url);
        if (fromUrl == null) {
            return stored;
        }
        if (stored == null) {
            return fromUrl;
        }
        long days = stored.toEpochDay() - fromUrl.toEpochDay();
        return !withTime && days > 0 && days <= 3 ? fromUrl : stored;
    }

    /** The date a news URL carries, or null. */
    public static LocalDate fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        for (Pattern p : new Pattern[] {URL_STAMP, URL_PATH, URL_DASHED}) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    if (!d.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
                        return d;
                    }
                } catch (DateTimeException | NumberFormatException e) {
                    // not a date
                }
            }
        }
        return null;
    }
}
