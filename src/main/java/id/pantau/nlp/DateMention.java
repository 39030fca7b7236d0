package id.pantau.nlp;

import java.time.LocalDate;

/**
 * A date the text refers to, resolved against the publication date. {@code precision} follows the
 * coding guide: 1 = the day is known, 2 = only the week or a few days, 3 = only the month.
 */
public record DateMention(LocalDate date, int precision, Span span) {
}
