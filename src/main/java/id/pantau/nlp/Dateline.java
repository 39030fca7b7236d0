package id.pantau.nlp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens an Indonesian news report: "Nabire (ANTARA) -", "Jakarta, CNN Indonesia --",
 * "KUTA, KOMPAS.com —", "REPUBLIKA.CO.ID, JAKARTA -", "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta -", "Damaskus -".
 */
public record Dateline(String place, String outlet, Span span) {
    private static final String PLACE = "([\\p{Lu}][\\p{L}.'’-]*(?:[ ][\\p{Lu}][\\p{L}.'’-]*){0,3}(?:,\\s*[\\p{Lu}][\\p{L}]*(?:[ ][\\p{Lu}][\\p{L}]*){0,2})?)";
    private static final String DASH = "(?:\\s+-{1,2}|\\s*(?:--|–|—))\\s+";
    private static final Pattern PLACE_OUTLET_PAREN = Pattern.compile("^" + PLACE + "\\s*\\(([^)]{2,40})\\)" + DASH);
    private static final Pattern PLACE_COMMA_OUTLET = Pattern.compile("^" + "([\\p{Lu}][\\p{L}'’-]*(?:[ ][\\p{Lu}][\\p{L}'’-]*){0,2})"
            + ",\\s*((?:[\\p{Lu}][\\p{L}]*\\.?(?:com|co\\.id|id)?(?:[ ][\\p{Lu}][\\p{L}]*){0,2}))" + DASH);
    private static final Pattern OUTLET_COMMA_PLACE = Pattern.compile("^([A-Z][A-Za-z0-9]*\\.(?:CO\\.ID|CO|COM|ID|co\\.id|com|id))\\s*,\\s*"
            + "([\\p{Lu}][\\p{L}]*(?:[ ][\\p{Lu}][\\p{L}]*){0,2})" + DASH);
    private static final Pattern OUTLET_COMMA_CAPS_PLACE = Pattern.compile("^([\\p{L}.-]+(?: [\\p{L}.-]+)?),\\s*(\\p{Lu}{3,}(?: \\p{Lu}{3,})?)" + DASH);
    private static final Pattern PLACE_ONLY = Pattern.compile("^([\\p{Lu}][\\p{L}'’-]*(?:[ ][\\p{Lu}][\\p{L}'’-]*){0,2})" + DASH);

    /** The dateline opening one of the first three paragraphs of {@code text}, if there is one. */
    public static Optional<Dateline> find(String text) {
        int start = 0;
        for (int i = 0; i < 3 && start < text.length(); i++) {
            int end = text.indexOf('\n', start);
            Optional<Dateline> d = findAtStart(text.substring(start, end < 0 ? text.length() : end));
            if (d.isPresent()) {
                int off = start;
                Span sp = d.get().span();
                return Optional.of(new Dateline(d.get().place(), d.get().outlet(), new Span(sp.start() + off, sp.end() + off, sp.text())));
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static Optional<Dateline> findAtStart(String text) {
        Matcher m = PLACE_OUTLET_PAREN.matcher(text);
        if (m.find()) {
            return Optional.of(new Dateline(m.group(1).strip(), m.group(2).strip(), Span.of(text, 0, m.end())));
        }
        m = OUTLET_COMMA_PLACE.matcher(text);
        if (m.find()) {
            return Optional.of(new Dateline(m.group(2).strip(), m.group(1).strip(), Span.of(text, 0, m.end())));
        }
        m = OUTLET_COMMA_CAPS_PLACE.matcher(text);
        if (m.find()) {
            return Optional.of(new Dateline(m.group(2).strip(), m.group(1).strip(), Span.of(text, 0, m.end())));
        }
        m = PLACE_COMMA_OUTLET.matcher(text);
        if (m.find()) {
            return Optional.of(new Dateline(m.group(1).strip(), m.group(2).strip(), Span.of(text, 0, m.end())));
        }
        m = PLACE_ONLY.matcher(text);
        if (m.find()) {
            return Optional.of(new Dateline(m.group(1).strip(), null, Span.of(text, 0, m.end())));
        }
        return Optional.empty();
    }
}
