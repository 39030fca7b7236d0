package id.pantau.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the sentence model sees: lower-cased words and word pairs, the trigger types and
 * flags of the sentence, its figures by kind, the kinds of actors and places it names, dates, and
 * the lexicon's signs (plans, disasters, sport, crime, trials, recalled events, long periods).
 * Shared by training and coding, so both see the same thing.
 */
final class SentenceFeatures {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*|\\d+");
    private static final String[] SIGNS = {"plan", "disaster", "sport", "crime", "legal", "policy", "period", "recalled",
            "militant", "weapon", "crowd", "security", "intervention", "violent_protest", "civilian", "suicide", "attribution"};

    private SentenceFeatures() {
    }

    static String[] of(EventLexicon lexicon, String sentence, MentionReader.Facts f) {
        Set<String> out = new LinkedHashSet<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            String w = m.group();
            words.add(Character.isDigit(w.charAt(0)) ? "<num>" : w);
        }
        for (int i = 0; i < words.size(); i++) {
            out.add("w=" + words.get(i));
            if (i + 1 < words.size()) {
                out.add("b=" + words.get(i) + "_" + words.get(i + 1));
            }
        }
        for (EventLexicon.Hit h : f.hits()) {
            out.add("trig=" + h.trigger().eventType());
            out.add("trigsub=" + h.trigger().subEventType());
            for (String flag : h.trigger().flags()) {
                out.add("trigflag=" + flag);
            }
        }
        if (f.hits().isEmpty()) {
            out.add("notrigger");
        }
        for (Claim c : f.claims()) {
            out.add("claim=" + c.kind());
        }
        f.actors().forEach(a -> out.add("actor=" + a.actor().type()));
        f.places().forEach(p -> out.add("place=" + p.place().kind().name().toLowerCase(Locale.ROOT) + "/" + p.role().name().toLowerCase(Locale.ROOT)));
        f.dates().forEach(d -> out.add("date=p" + d.precision()));
        for (String sign : SIGNS) {
            if (lexicon.any(sign, lower)) {
                out.add("sign=" + sign);
            }
        }
        if (f.lead()) {
            out.add("lead");
        }
        out.add("bias");
        return out.toArray(String[]::new);
    }
}
