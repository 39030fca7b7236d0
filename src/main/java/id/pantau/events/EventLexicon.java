package id.pantau.events;

import id.pantau.nlp.Span;
import id.pantau.util.Resources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event coder's word lists: triggers ({@code triggers-v2.tsv}) and words by role
 * ({@code lexicon-v2.tsv}). Phrases are matched case-insensitively on word boundaries, a "*" at
 * the end of a word allowing any suffix and a lone "*" any one word. Each role is one compiled
 * pattern; all triggers are one alternation, longest phrase first. Loaded once, lazily; a missing
 * file or role fails loudly.
 */
final class EventLexicon {
    static final String TRIGGERS = "id/pantau/events/triggers-v2.tsv";
    static final String LEXICON = "id/pantau/events/lexicon-v2.tsv";
    static final List<String> ROLES = List.of("killed", "injured", "displaced", "captured", "verb_killed", "verb_injured",
            "verb_captured", "plan", "disaster", "display", "sport", "crime", "legal", "policy", "period", "recalled", "cumulative",
            "subset", "not_unit", "name_number", "attribution", "militant", "weapon", "crowd", "security", "intervention",
            "violent_protest", "civilian", "suicide", "separate", "attack_verb", "war_weapon", "unrest", "rioter", "bomb", "terror_suspect", "secured_thing",
            "statement_gap");
    /**
     * Phrases are lower case and matched, case-sensitively, against lower-cased text (one char for one char, so
     * spans stay valid): a case-insensitive alternation of hundreds of phrases lower-cases every char it tries,
     * which was an eighth of an ingest's CPU time.
     */
    private static final int FLAGS = 0;

    /** A trigger phrase with the type it suggests and its flags (see triggers-v2.tsv). */
    record Trigger(String phrase, String eventType, String subEventType, int priority, Set<String> flags, Pattern exact) {
        boolean has(String flag) {
            return flags.contains(flag);
        }

        String family() {
            return EventLexicon.family(eventType);
        }
    }

    /** A trigger found in a sentence. */
    record Hit(Trigger trigger, Span span) {
    }

    final List<Trigger> triggers;
    private final Pattern triggerPattern;
    private final Stems triggerStems;
    private final Map<String, Stems> roleStems = new HashMap<>();
    private final Map<String, Pattern> roles = new HashMap<>();
    private final Map<String, Pattern> rolesAtEnd = new HashMap<>();
    private final Map<String, Pattern> rolesAtStart = new HashMap<>();

    private EventLexicon() {
        List<Trigger> t = new ArrayList<>();
        for (String line : Resources.dataLines(TRIGGERS)) {
            String[] c = line.split("\t", -1);
            if (c.length != 5) {
                throw new IllegalStateException(TRIGGERS + ": expected 5 columns: " + line);
            }
            Set<String> flags = c[4].isBlank() ? Set.of() : Set.of(c[4].strip().split(","));
            t.add(new Trigger(c[0], c[1], c[2], Integer.parseInt(c[3]), flags,
                    Pattern.compile("^(?:" + regex(c[0]) + ")$", FLAGS)));
        }
        t.sort(Comparator.comparingInt((Trigger x) -> x.phrase().length()).reversed());
        triggers = List.copyOf(t);
        triggerPattern = Pattern.compile(boundaryAlternation(t.stream().map(Trigger::phrase).toList()), FLAGS);
        triggerStems = stems(t.stream().map(Trigger::phrase).toList());
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (String line : Resources.dataLines(LEXICON)) {
            String[] c = line.split("\t");
            if (c.length != 2) {
                throw new IllegalStateException(LEXICON + ": expected 2 columns: " + line);
            }
            for (String p : c[1].split("\\|")) {
                if (!p.isBlank()) {
                    phrases.computeIfAbsent(c[0], k -> new ArrayList<>()).add(p.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String role : ROLES) {
            List<String> ps = phrases.get(role);
            if (ps == null) {
                throw new IllegalStateException(LEXICON + ": no entries for role '" + role + "'");
            }
            ps.sort(Comparator.comparingInt(String::length).reversed());
            String alt = ps.stream().map(EventLexicon::regex).reduce((a, b) -> a + "|" + b).orElseThrow();
            roles.put(role, Pattern.compile(boundaryAlternation(ps), FLAGS));
            roleStems.put(role, stems(ps));
            rolesAtEnd.put(role, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")[\\s,:]*$", FLAGS));
            rolesAtStart.put(role, Pattern.compile("^[\\s,:]*(?:" + alt + ")(?![\\p{L}\\p{N}])", FLAGS));
        }
    }

    /**
     * A prefilter: the first (up to) three letters of every phrase's first word. A phrase can only match where a
     * word starts with one of them, and most sentences have no such word for most roles, so the alternation runs
     * on few sentences. Null when a phrase starts with a wildcard word (no prefilter then).
     */
    record Stems(long[] keys, boolean[] lengths) {
        boolean mayMatch(String lower) {
            int n = lower.length();
            for (int i = 0; i < n; i++) {
                char c = lower.charAt(i);
                if (!Character.isLetterOrDigit(c) || i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
                    continue;
                }
                long key = 0;
                for (int k = 1; k <= 3 && i + k <= n; k++) {
                    key = key << 16 | lower.charAt(i + k - 1);
                    if (lengths[k] && java.util.Arrays.binarySearch(keys, (long) k << 48 | key) >= 0) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static Stems stems(List<String> phrases) {
        java.util.TreeSet<Long> keys = new java.util.TreeSet<>();
        boolean[] lengths = new boolean[4];
        for (String p : phrases) {
            String w = p.strip().split("\\s+")[0];
            if (w.endsWith("*")) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.isEmpty()) {
                return null;
            }
            int k = Math.min(3, w.length());
            long key = 0;
            for (int i = 0; i < k; i++) {
                key = key << 16 | w.charAt(i);
            }
            keys.add((long) k << 48 | key);
            lengths[k] = true;
        }
        return new Stems(keys.stream().mapToLong(Long::longValue).toArray(), lengths);
    }

    private static boolean mayMatch(Stems stems, String lower) {
        return stems == null || stems.mayMatch(lower);
    }

    private static String boundaryAlternation(List<String> phrases) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < phrases.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(regex(phrases.get(i)));
        }
        return sb.append(")(?![\\p{L}\\p{N}])").toString();
    }

    /** A phrase as a regex: words separated by any whitespace (or a hyphen), "*" suffixes. */
    static String regex(String phrase) {
        StringBuilder sb = new StringBuilder();
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                sb.append("[\\s-]+");
            }
            if (w.equals("*")) {
                sb.append("[\\p{L}\\p{N}-]+");
            } else if (w.endsWith("*")) {
                sb.append(Pattern.quote(w.substring(0, w.length() - 1))).append("[\\p{L}-]*");
            } else {
                sb.append(Pattern.quote(w));
            }
        }
        return sb.toString();
    }

    private static final class Holder {
        static final EventLexicon DEFAULT = new EventLexicon();
    }

    static EventLexicon standard() {
        return Holder.DEFAULT;
    }

    static String family(String eventType) {
        return switch (eventType) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "violence";
            case "Protests", "Riots" -> "demonstration";
            default -> eventType;
        };
    }

    /** Every trigger in {@code text[from, to)}, in order. */
    List<Hit> triggers(String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int off = Math.max(0, from - 1);
        String lower = lower(text, off, Math.min(text.length(), to + 1));
        if (!mayMatch(triggerStems, lower)) {
            return out;
        }
        Matcher m = triggerPattern.matcher(lower).region(from - off, to - off);
        m.useTransparentBounds(true);
        while (m.find()) {
            String found = m.group();
            for (Trigger t : triggers) {
                if (t.exact().matcher(found).matches()) {
                    out.add(new Hit(t, Span.of(text, off + m.start(), off + m.end())));
                    break;
                }
            }
        }
        return out;
    }

    boolean any(String role, CharSequence text) {
        String lower = lower(text, 0, text.length());
        return mayMatch(roleStems.get(role), lower) && roles.get(role).matcher(lower).find();
    }

    /** Spans of the role's phrases in {@code text[from, to)}. */
    List<Span> find(String role, String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int off = Math.max(0, from - 1);
        String lower = lower(text, off, Math.min(text.length(), to + 1));
        if (!mayMatch(roleStems.get(role), lower)) {
            return out;
        }
        Matcher m = roles.get(role).matcher(lower).region(from - off, to - off);
        m.useTransparentBounds(true);
        while (m.find()) {
            out.add(Span.of(text, off + m.start(), off + m.end()));
        }
        return out;
    }

    /** True when {@code text} ends with a phrase of the role (then spaces, commas). */
    boolean endsWith(String role, CharSequence text) {
        String lower = lower(text, 0, text.length());
        return mayMatch(roleStems.get(role), lower) && rolesAtEnd.get(role).matcher(lower).find();
    }

    /** True when {@code text} starts with a phrase of the role (after spaces, commas). */
    boolean startsWith(String role, CharSequence text) {
        String lower = lower(text, 0, text.length());
        return mayMatch(roleStems.get(role), lower) && rolesAtStart.get(role).matcher(lower).find();
    }

    /** {@code text[from, to)} lower-cased char by char: the same length, so offsets carry over. */
    static String lower(CharSequence text, int from, int to) {
        char[] c = new char[to - from];
        boolean changed = false;
        for (int i = from; i < to; i++) {
            char x = text.charAt(i);
            char l = Character.toLowerCase(x);
            c[i - from] = l;
            changed |= l != x;
        }
        return !changed && text instanceof String s && from == 0 && to == s.length() ? s : new String(c);
    }
}
