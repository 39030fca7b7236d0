package id.pantau.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes links to other articles that outlets drop between paragraphs: a full headline
 * (at least {@value #MIN_WORDS} words, capitalised, no final punctuation) standing between two
 * prose paragraphs. Short sub-headings ("Sel Tidur ISIS") stay. In the second half of the body,
 * truncated teasers of other articles (ending in "...") and their headlines go too.
 */
public final class RelatedHeadlineFilter implements CleaningStage {
    public static final String NAME = "related-headlines";
    static final int MIN_WORDS = 7;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Draft apply(Draft draft) {
        List<String> in = draft.paragraphs();
        List<String> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            String p = in.get(i);
            if (i >= in.size() / 2 && isTeaser(p)) {
                if (!out.isEmpty() && Lines.headlineLike(out.get(out.size() - 1))) {
                    out.remove(out.size() - 1); // the teaser's headline
                }
                continue;
            }
            boolean afterProse = i > 0 && Lines.endsLikeSentence(in.get(i - 1)) && Lines.words(in.get(i - 1)) > 12;
            if (afterProse && Lines.headlineLike(p) && Lines.words(p) >= MIN_WORDS) {
                continue;
            }
            out.add(p);
        }
        return draft.withParagraphs(out);
    }

    /** A truncated summary of another article ("... akan mampu mendongkrak penjualan ..."). */
    static boolean isTeaser(String p) {
        String t = p.strip();
        return (t.endsWith("...") || t.endsWith("…")) && !t.startsWith("\"") && !t.startsWith("“") && Lines.words(t) < 80;
    }
}
