package id.pantau.clean;

import id.pantau.util.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The boilerplate patterns of {@code boilerplate-id.tsv}, parsed once and shared.
 * Unknown pattern kinds are an error, so a typo in the data file cannot silently disable a rule.
 */
public final class BoilerplateRules {
    public static final String RESOURCE = "id/pantau/clean/boilerplate-id.tsv";

    private final List<Pattern> drop;
    private final List<Pattern> cut;
    private final List<Pattern> stop;
    private final List<Pattern> lead;

    private BoilerplateRules(List<String> lines) {
        List<Pattern> d = new ArrayList<>(), c = new ArrayList<>(), s = new ArrayList<>(), l = new ArrayList<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(RESOURCE + ": line without a tab: " + line);
            }
            String kind = line.substring(0, tab).strip();
            Pattern p = Pattern.compile(line.substring(tab + 1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            switch (kind) {
                case "drop" -> d.add(p);
                case "cut" -> c.add(p);
                case "stop" -> s.add(p);
                case "lead" -> l.add(p);
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind '" + kind + "'");
            }
        }
        drop = List.copyOf(d);
        cut = List.copyOf(c);
        stop = List.copyOf(s);
        lead = List.copyOf(l);
    }

    private static final class Holder {
        static final BoilerplateRules DEFAULT = new BoilerplateRules(Resources.dataLines(RESOURCE));
    }

    public static BoilerplateRules standard() {
        return Holder.DEFAULT;
    }

    public boolean isClutter(String line) {
        return matchesWhole(drop, line);
    }

    public boolean isEndMarker(String line) {
        return matchesWhole(stop, line);
    }

    public boolean isLeadCredit(String line) {
        return matchesWhole(lead, line);
    }

    /** Past this many characters after an inline "Baca juga:", the line still holds the article. */
    static final int INLINE_TAIL = 300;
    private static final int HEADLINE_WORDS = 14;

    /**
     * The line with inline clutter (e.g. "Baca juga: ...") cut off. A related headline near the end of
     * the line takes the rest of it; one in the middle of a long scraped paragraph ("... Baca juga:
     * Bamsoet minta ... Personel yang ...") takes only the headline (up to a sentence end, the next
     * marker or {@value #HEADLINE_WORDS} words), so the article that goes on after it is kept.
     */
    public String cutInline(String line) {
        String out = line;
        for (Pattern p : cut) {
            var m = p.matcher(out);
            int from = 0;
            while (m.find(from)) {
                int start = m.start();
                String rest = out.substring(start);
                int marker = rest.indexOf(':');
                if (out.length() - start < INLINE_TAIL || marker < 0) {
                    out = out.substring(0, start).strip();
                    break;
                }
                int end = headlineEnd(out, start + marker + 1);
                out = (out.substring(0, start).stripTrailing() + " " + out.substring(end).stripLeading()).strip();
                from = Math.min(out.length(), start);
                m = p.matcher(out);
            }
        }
        return out;
    }

    private static int headlineEnd(String s, int from) {
        int words = 0;
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                return i + 1;
            }
            if (c == ' ') {
                words++;
                if (words >= HEADLINE_WORDS) {
                    return i;
                }
            }
            // "Susi AirBaca juga": a marker glued to the headline's last word
            if (i > from && Character.isLowerCase(s.charAt(i - 1)) && Character.isUpperCase(c)
                    && s.regionMatches(true, i, "baca juga", 0, 9)) {
                return i;
            }
            i++;
        }
        return s.length();
    }

    private static boolean matchesWhole(List<Pattern> patterns, String line) {
        String s = line.strip();
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
