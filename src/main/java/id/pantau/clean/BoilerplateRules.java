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

    /** The line with inline clutter (e.g. "Baca juga: ...") cut off. */
    public String cutInline(String line) {
        String out = line;
        for (Pattern p : cut) {
            var m = p.matcher(out);
            if (m.find()) {
                out = out.substring(0, m.start()).strip();
            }
        }
        return out;
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
