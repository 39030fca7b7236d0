package id.pantau.cli;

import id.pantau.nlp.Span;
import java.util.ArrayList;
import java.util.List;

/** Finds a gold file's evidence fragments ("A ... B") in an article, ignoring spacing and punctuation. */
final class EvidenceLocator {
    private EvidenceLocator() {
    }

    static List<Span> locate(String text, String evidence) {
        StringBuilder sk = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sk.append(Character.toLowerCase(c));
                origin.add(i);
            }
        }
        String skeleton = sk.toString();
        List<Span> out = new ArrayList<>();
        for (String fragment : evidence.split("\\s*(\\.\\.\\.|…)\\s*")) {
            StringBuilder f = new StringBuilder();
            for (char c : fragment.toCharArray()) {
                if (Character.isLetterOrDigit(c)) {
                    f.append(Character.toLowerCase(c));
                }
            }
            if (f.length() < 12) {
                continue;
            }
            String key = f.length() > 60 && skeleton.indexOf(f.toString()) < 0 ? f.substring(0, 60) : f.toString();
            int at = skeleton.indexOf(key);
            if (at >= 0) {
                out.add(Span.of(text, origin.get(at), origin.get(at + key.length() - 1) + 1));
            }
        }
        return out;
    }
}
