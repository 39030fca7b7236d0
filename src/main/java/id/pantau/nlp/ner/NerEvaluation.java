package id.pantau.nlp.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Entity-level precision, recall and F1 (exact span and type), per type and overall. */
public final class NerEvaluation {
    /** Counts for one type. */
    public record Score(String type, int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static List<Score> evaluate(TokenNameFinderModel model, List<NameSample> samples) {
        NameFinderME finder = new NameFinderME(model);
        Map<String, int[]> counts = new TreeMap<>();
        for (NameSample s : samples) {
            Span[] predicted = finder.find(s.getSentence());
            finder.clearAdaptiveData();
            Set<String> gold = new HashSet<>();
            for (Span g : s.getNames()) {
                gold.add(g.getStart() + ":" + g.getEnd() + ":" + g.getType());
                counts.computeIfAbsent(g.getType(), k -> new int[3])[0]++;
            }
            for (Span p : predicted) {
                int[] c = counts.computeIfAbsent(p.getType(), k -> new int[3]);
                c[1]++;
                if (gold.contains(p.getStart() + ":" + p.getEnd() + ":" + p.getType())) {
                    c[2]++;
                }
            }
        }
        List<Score> out = new ArrayList<>();
        int g = 0, p = 0, c = 0;
        for (var e : counts.entrySet()) {
            out.add(new Score(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
            g += e.getValue()[0];
            p += e.getValue()[1];
            c += e.getValue()[2];
        }
        out.add(new Score("ALL", g, p, c));
        return out;
    }
}
