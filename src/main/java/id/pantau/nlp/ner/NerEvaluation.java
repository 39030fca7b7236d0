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

    /** The model alone. */
    public static List<Score> evaluate(TokenNameFinderModel model, List<NameSample> samples) {
        NameFinderME finder = new NameFinderME(model);
        return evaluate(samples, tokens -> {
            Span[] p = finder.find(tokens);
            finder.clearAdaptiveData();
            return p;
        });
    }

    /** The model combined with the gazetteer and the actor dictionary ({@link EntityTagger}). */
    public static List<Score> evaluateCombined(EntityTagger tagger, List<NameSample> samples) {
        return evaluate(samples, tokens -> {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[tokens.length], ends = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                starts[i] = text.length();
                text.append(tokens[i]);
                ends[i] = text.length();
            }
            return EntityTagger.onTokens(tagger.tag(text.toString()), starts, ends).toArray(Span[]::new);
        });
    }

    private static List<Score> evaluate(List<NameSample> samples, java.util.function.Function<String[], Span[]> finder) {
        Map<String, int[]> counts = new TreeMap<>();
        for (NameSample s : samples) {
            Span[] predicted = finder.apply(s.getSentence());
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
