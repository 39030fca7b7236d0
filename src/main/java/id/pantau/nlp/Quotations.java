package id.pantau.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The quoted stretches of a text: between curly quotes, or between straight quotes on one line. */
public final class Quotations {
    private static final Pattern QUOTED = Pattern.compile("“[^”\\n]{1,2000}”|\"[^\"\\n]{1,2000}\"");

    private Quotations() {
    }

    /** Each quoted stretch as {start, end}, quotation marks included. */
    public static List<int[]> stretches(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** Whether the position lies inside a quoted stretch of the text. */
    public static boolean inside(String text, int pos) {
        for (int[] q : stretches(text)) {
            if (pos > q[0] && pos < q[1]) {
                return true;
            }
        }
        return false;
    }
}
