package id.pantau.events;

import id.pantau.util.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The event coder's word lists ({@code triggers-v1.tsv}, {@code lexicon-v1.tsv}), loaded once. */
final class EventLexicon {
    static final String TRIGGERS = "id/pantau/events/triggers-v1.tsv";
    static final String LEXICON = "id/pantau/events/lexicon-v1.tsv";

    record Trigger(Pattern pattern, String eventType, String subEventType, int priority) {
    }

    final List<Trigger> triggers;
    final Map<String, List<Pattern>> roles;

    private EventLexicon() {
        List<Trigger> t = new ArrayList<>();
        for (String line : Resources.dataLines(TRIGGERS)) {
            String[] c = line.split("\t");
            if (c.length != 4) {
                throw new IllegalStateException(TRIGGERS + ": expected 4 columns: " + line);
            }
            t.add(new Trigger(Pattern.compile(c[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), c[1], c[2], Integer.parseInt(c[3])));
        }
        Map<String, List<Pattern>> r = new HashMap<>();
        for (String line : Resources.dataLines(LEXICON)) {
            String[] c = line.split("\t");
            if (c.length != 2) {
                throw new IllegalStateException(LEXICON + ": expected 2 columns: " + line);
            }
            r.computeIfAbsent(c[0], k -> new ArrayList<>()).add(Pattern.compile(c[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (String needed : List.of("killed", "injured", "displaced", "captured", "not_event", "passive", "attribution", "total", "not_unit", "separate", "verb_killed", "verb_injured", "verb_captured", "violence", "militant", "name_number")) {
            if (!r.containsKey(needed)) {
                throw new IllegalStateException(LEXICON + ": no entries for role '" + needed + "'");
            }
        }
        triggers = List.copyOf(t);
        roles = Map.copyOf(r);
    }

    private static final class Holder {
        static final EventLexicon DEFAULT = new EventLexicon();
    }

    static EventLexicon standard() {
        return Holder.DEFAULT;
    }

    boolean any(String role, CharSequence text) {
        for (Pattern p : roles.get(role)) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
