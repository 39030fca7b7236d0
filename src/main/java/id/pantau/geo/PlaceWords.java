package id.pantau.geo;

import id.pantau.util.Resources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The geocoder's context words ({@code place-context-v1.tsv}: cues, facilities, organisations,
 * titles, speech verbs, origin and destination phrases) and the place names that are everyday words
 * ({@code place-common-words-id.txt}). Loaded once, lazily; a missing file or role fails loudly.
 */
final class PlaceWords {
    static final String CONTEXT = "id/pantau/geo/place-context-v1.tsv";
    static final String COMMON = "id/pantau/geo/place-common-words-id.txt";
    static final String VOCABULARY = "id/pantau/nlp/common-words-id.txt";
    static final String PERSON_TOKENS = "id/pantau/geo/person-name-tokens.txt";
    static final List<String> ROLES = List.of("cue_village", "cue_district", "cue_regency", "cue_city", "cue_province",
            "cue_island", "cue_landmark", "facility", "hospital", "street", "organisation", "person_title", "suffix",
            "speech", "person_deed", "hedge", "place_before", "origin", "nationality", "destination", "near", "acronym", "named_thing", "media", "world_region", "stopword");

    private final Map<String, Set<String>> byRole = new HashMap<>();
    private final Map<String, List<String>> phrasesByRole = new HashMap<>();
    private final Set<String> common;
    private final Set<String> vocabulary;
    private final Set<String> personTokens;

    private PlaceWords() {
        for (String line : Resources.dataLines(CONTEXT)) {
            String[] c = line.split("\t");
            if (c.length != 2) {
                throw new IllegalStateException(CONTEXT + ": expected 2 columns: " + line);
            }
            for (String w : c[1].split("\\|")) {
                String word = w.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    byRole.computeIfAbsent(c[0], k -> new HashSet<>()).add(word);
                }
            }
        }
        for (String role : ROLES) {
            if (!byRole.containsKey(role)) {
                throw new IllegalStateException(CONTEXT + ": no words for role '" + role + "'");
            }
            List<String> phrases = new ArrayList<>(byRole.get(role));
            phrases.sort(Comparator.comparingInt(String::length).reversed());
            phrasesByRole.put(role, phrases);
        }
        common = words(COMMON);
        vocabulary = words(VOCABULARY);
        personTokens = words(PERSON_TOKENS);
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : Resources.dataLines(resource)) {
            out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static final class Holder {
        static final PlaceWords DEFAULT = new PlaceWords();
    }

    static PlaceWords standard() {
        return Holder.DEFAULT;
    }

    boolean is(String role, String word) {
        return byRole.get(role).contains(word.toLowerCase(Locale.ROOT));
    }

    /** A place name that is also an everyday word or a common given name. */
    boolean isCommon(String folded) {
        return common.contains(folded) || vocabulary.contains(folded) || personTokens.contains(folded);
    }

    /** A word tagged as part of a person's name more often than as a place. */
    boolean isPersonToken(String folded) {
        return personTokens.contains(folded);
    }

    /** An ordinary word of the language (used in lower case in news text). */
    boolean isVocabulary(String folded) {
        return vocabulary.contains(folded) || common.contains(folded);
    }

    /** The longest phrase of the role that {@code before} ends with (on a word boundary), or null. */
    String endsWith(String role, String before) {
        String b = before.toLowerCase(Locale.ROOT).stripTrailing();
        for (String p : phrasesByRole.get(role)) {
            if (b.endsWith(p) && (b.length() == p.length() || !Character.isLetterOrDigit(b.charAt(b.length() - p.length() - 1)))) {
                return p;
            }
        }
        return null;
    }

    /** The start of the last phrase of the role inside {@code text}, or -1. */
    int lastIndexOf(String role, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int best = -1;
        for (String p : phrasesByRole.get(role)) {
            int i = t.lastIndexOf(p);
            while (i >= 0) {
                boolean left = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
                boolean right = i + p.length() == t.length() || !Character.isLetterOrDigit(t.charAt(i + p.length()));
                if (left && right) {
                    best = Math.max(best, i);
                    break;
                }
                i = i == 0 ? -1 : t.lastIndexOf(p, i - 1);
            }
        }
        return best;
    }
}
