package id.pantau.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes clutter lines: whole-line patterns, inline "Baca juga" links, captions and credits at
 * the top, and everything after an end-of-article marker in the second half of the body.
 */
public final class BoilerplateFilter implements CleaningStage {
    public static final String NAME = "boilerplate";
    private final BoilerplateRules rules;

    public BoilerplateFilter(BoilerplateRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Draft apply(Draft draft) {
        List<String> in = draft.paragraphs();
        long total = in.stream().mapToLong(String::length).sum();
        List<String> out = new ArrayList<>(in.size());
        long seen = 0;
        for (int i = 0; i < in.size(); i++) {
            String p = in.get(i);
            seen += p.length();
            if (rules.isEndMarker(p) && seen > total / 2 && i > 1) {
                break;
            }
            if (rules.isClutter(p) || (out.size() < 3 && rules.isLeadCredit(p))) {
                continue;
            }
            String kept = rules.cutInline(p);
            if (!kept.isEmpty()) {
                out.add(kept);
            }
        }
        return draft.withParagraphs(out);
    }
}
