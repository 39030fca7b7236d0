package id.pantau.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode NFC, no-break and zero-width spaces, control characters, and runs of white space
 * folded to one space. Quotes and dashes are kept as the outlet wrote them. Stacks of more than
 * three combining marks on one letter ("Zalgo" text, or a corrupt file) keep their first three: no
 * script needs more, and long stacks make word-boundary matching quadratic.
 */
public final class UnicodeNormalizer implements CleaningStage {
    public static final String NAME = "unicode";
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern MARK_STACK = Pattern.compile("(\\p{M}{3})\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Draft apply(Draft draft) {
        return new Draft(draft.title() == null ? null : normalize(draft.title()),
                draft.paragraphs().stream().map(UnicodeNormalizer::normalize).filter(p -> !p.isEmpty()).toList(),
                draft.published());
    }

    /** Normalises one line of text (no newlines survive). */
    public static String normalize(String s) {
        String t = MARK_STACK.matcher(s).replaceAll("$1");
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        t = INVISIBLE.matcher(t).replaceAll("");
        t = CONTROL.matcher(t).replaceAll(" ");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }
}
