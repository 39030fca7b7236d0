package id.pantau.events;

import id.pantau.actors.ClaimantMention;
import id.pantau.nlp.Quantity;
import id.pantau.nlp.QuantityParser;
import id.pantau.nlp.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Casualty figures in one sentence: each quantity next to a word of killing, injury, flight or
 * capture ("menewaskan 27 tentara", "1700 orang warga sipil melarikan diri") becomes a claim,
 * attributed to the claimant the sentence names. Running totals and subsets ("mencapai 800.000",
 * "termasuk empat petugas") are not claims about this event.
 */
final class CasualtyReader {
    private static final String[] KINDS = {"killed", "injured", "displaced", "captured"};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}-]+");
    private static final int AFTER_WORDS = 9;
    private static final Pattern HEDGE = Pattern.compile("(?i)\\s*(hampir|sekitar|setidaknya|sedikitnya|lebih dari|kurang dari|paling sedikit|kira-kira)\\s*$");
    private static final int BEFORE_CHARS = 28;
    private final QuantityParser quantities = new QuantityParser();
    private final EventLexicon lexicon;

    CasualtyReader(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Claim> read(String docId, String text, Span sentence, List<ClaimantMention> claimants) {
        List<Claim> out = new ArrayList<>();
        String claimant = claimantOf(sentence, claimants);
        for (Quantity q : quantities.parse(text, sentence.start(), sentence.end())) {
            String before = text.substring(Math.max(sentence.start(), q.span().start() - BEFORE_CHARS), q.span().start());
            String next = text.substring(q.span().end(), Math.min(sentence.end(), q.span().end() + 15));
            // "Densus 88", "S (38)", "12 Oktober 2002", "berusia 30": names, ages and dates, not counts
            if (lexicon.any("total", before) || lexicon.any("not_unit", next) || lexicon.any("name_number", before)
                    || before.endsWith("(") || before.endsWith("( ")) {
                continue;
            }
            String kind = kindNear(text, q.span(), sentence, before);
            if (kind == null || q.value() < 1 || q.value() > 10_000_000) {
                continue;
            }
            out.add(new Claim(kind, q.asLong(), q.low() == null ? null : Math.round(q.low()),
                    q.high() == null ? null : Math.round(q.high()), q.approximate(), claimant, docId, sentence.text()));
        }
        return out;
    }

    private String kindNear(String text, Span q, Span sentence, String before) {
        // a verb right before the figure decides first: "menangkap ratusan gerilyawan yang terluka"
        String hedgeless = HEDGE.matcher(before).replaceFirst("");
        for (String kind : new String[] {"killed", "injured", "captured"}) {
            if (lexicon.any("verb_" + kind, hedgeless)) {
                return kind;
            }
        }
        Matcher w = WORD.matcher(text).region(q.end(), sentence.end());
        StringBuilder after = new StringBuilder();
        int n = 0;
        while (w.find() && n < AFTER_WORDS) {
            after.append(w.group()).append(' ');
            n++;
            for (String kind : KINDS) {
                if (lexicon.any(kind, after)) {
                    return kind;
                }
            }
        }
        String shortBefore = before.length() > 20 ? before.substring(before.length() - 20) : before;
        for (String kind : KINDS) {
            if (lexicon.any(kind, shortBefore)) {
                return kind;
            }
        }
        return null;
    }

    /** The claimant named in the sentence, preferring the one nearest an attribution word. */
    private String claimantOf(Span sentence, List<ClaimantMention> claimants) {
        ClaimantMention best = null;
        for (ClaimantMention c : claimants) {
            if (c.span().start() >= sentence.start() && c.span().end() <= sentence.end()) {
                if (best == null || c.span().text().length() > best.span().text().length()) {
                    best = c;
                }
            }
        }
        return best == null ? null : best.claimant();
    }
}
