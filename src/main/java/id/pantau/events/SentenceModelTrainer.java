package id.pantau.events;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.nlp.Span;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the {@link SentenceModel}: every sentence of an annotated article that overlaps an event's
 * evidence is an example of that event's type; its other sentences that carry a trigger word are
 * examples of "none", and so are the trigger sentences of articles that cannot hold conflict events
 * (sport, showbiz, technology). Features are {@link SentenceFeatures}, computed exactly as the coder
 * computes them. {@link #crossValidate} reports how well the model separates event sentences from the
 * rest on held-out folds of the training articles.
 */
public final class SentenceModelTrainer {
    private final EventCoder coder;
    private final MentionReader reader;
    private final EventLexicon lexicon = EventLexicon.standard();

    public SentenceModelTrainer(EventCoder coder) {
        this.coder = coder;
        this.reader = coder.reader();
    }

    /** One training sentence. */
    public record Example(String docId, int sentence, String label, String[] features, boolean trigger) {
    }

    /** Examples of one article; {@code gold} is its entry of a gold file, or null for an article without events. */
    public List<Example> examples(String docId, String text, LocalDate published, JsonNode gold) {
        EventCoder.DocumentAnalysis doc = coder.analyse(docId, text, published, true);
        List<Example> out = new ArrayList<>();
        Map<Integer, String> labels = gold == null ? Map.of() : labels(text, doc.sentences(), gold);
        // in an article with events, a sentence the gold did not quote may still tell one: only articles
        // without any event (required or optional) give reliable examples of "none"
        boolean noneReliable = gold == null || !gold.path("events").elements().hasNext();
        String prevClaimant = null;
        for (int i = 0; i < doc.sentences().size(); i++) {
            MentionReader.Facts f = reader.facts(doc, i, prevClaimant);
            prevClaimant = f.attributed() ? f.claimant() : prevClaimant;
            boolean trigger = !f.hits().isEmpty();
            String label = labels.getOrDefault(i, "none");
            if (!trigger && label.equals("none") || label.equals("none") && !noneReliable) {
                continue; // the model only judges sentences the rules would consider, on reliable labels
            }
            out.add(new Example(docId, i, label, SentenceFeatures.of(lexicon, f.span().text(), f), trigger));
        }
        return out;
    }

    /** Sentence index to event type, for the sentences that overlap an event's evidence. */
    static Map<Integer, String> labels(String text, List<Span> sentences, JsonNode gold) {
        Skeleton sk = new Skeleton(text);
        Map<Integer, String> out = new HashMap<>();
        for (JsonNode e : gold.path("events")) {
            String type = e.path("event_type").asText();
            for (String fragment : e.path("evidence").asText("").split("\\s*(\\.\\.\\.|…)\\s*")) {
                int[] at = sk.find(fragment);
                if (at == null) {
                    continue;
                }
                for (int i = 0; i < sentences.size(); i++) {
                    Span s = sentences.get(i);
                    if (s.start() < at[1] && at[0] < s.end()) {
                        out.putIfAbsent(i, type);
                    }
                }
            }
        }
        return out;
    }

    /** Letters and digits only, lower case, with the offset of each in the original: spacing-proof matching. */
    static final class Skeleton {
        final String chars;
        final int[] origin;

        Skeleton(String text) {
            StringBuilder sb = new StringBuilder();
            int[] o = new int[text.length()];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toLowerCase(c));
                    o[n++] = i;
                }
            }
            chars = sb.toString();
            origin = java.util.Arrays.copyOf(o, n);
        }

        int[] find(String fragment) {
            String f = new Skeleton(fragment).chars;
            if (f.length() < 12) {
                return null;
            }
            int i = chars.indexOf(f);
            if (i < 0 && f.length() > 60) {
                i = chars.indexOf(f.substring(0, 60)); // the gold sometimes shortens the end of a quote
                if (i >= 0) {
                    return new int[] {origin[i], origin[Math.min(origin.length - 1, i + 59)] + 1};
                }
            }
            return i < 0 ? null : new int[] {origin[i], origin[i + f.length() - 1] + 1};
        }
    }

    public static MaxentModel train(List<Example> examples, int iterations, int cutoff) throws IOException {
        List<Event> events = new ArrayList<>(examples.size());
        for (Example e : examples) {
            events.add(new Event(e.label(), e.features()));
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        GISTrainer trainer = new GISTrainer();
        trainer.init(p, new HashMap<>());
        trainer.setSmoothing(true);
        return trainer.trainModel(ObjectStreamUtils.createObjectStream(events), iterations, cutoff);
    }

    /** Precision and recall of "event sentence" at several thresholds, on k held-out folds of the articles. */
    public static List<String> crossValidate(List<Example> examples, int folds, int iterations, int cutoff) throws IOException {
        List<String> docs = examples.stream().map(Example::docId).distinct().sorted().toList();
        double[] thresholds = {0.05, 0.1, 0.2, 0.3, 0.5, 0.7};
        int[] tp = new int[thresholds.length], fp = new int[thresholds.length], fn = new int[thresholds.length];
        int typeOk = 0, typeN = 0;
        for (int k = 0; k < folds; k++) {
            final int fold = k;
            java.util.Set<String> test = new java.util.HashSet<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d % folds == fold) {
                    test.add(docs.get(d));
                }
            }
            MaxentModel m = train(examples.stream().filter(e -> !test.contains(e.docId())).toList(), iterations, cutoff);
            SentenceModel model = SentenceModel.of(m);
            for (Example e : examples) {
                if (!test.contains(e.docId()) || !e.trigger()) {
                    continue;
                }
                SentenceModel.Vote v = model.vote(e.features());
                boolean gold = !e.label().equals("none");
                for (int t = 0; t < thresholds.length; t++) {
                    boolean pred = v.event() >= thresholds[t];
                    if (pred && gold) {
                        tp[t]++;
                    } else if (pred) {
                        fp[t]++;
                    } else if (gold) {
                        fn[t]++;
                    }
                }
                if (gold) {
                    typeN++;
                    typeOk += e.label().equals(v.type()) ? 1 : 0;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int t = 0; t < thresholds.length; t++) {
            double p = tp[t] + fp[t] == 0 ? 0 : (double) tp[t] / (tp[t] + fp[t]);
            double r = tp[t] + fn[t] == 0 ? 0 : (double) tp[t] / (tp[t] + fn[t]);
            out.add(String.format(Locale.ROOT, "threshold %.2f: precision %.3f recall %.3f (tp %d, fp %d, fn %d)", thresholds[t], p, r,
                    tp[t], fp[t], fn[t]));
        }
        out.add(String.format(Locale.ROOT, "type of event sentences: %d of %d right (%.3f)", typeOk, typeN,
                typeN == 0 ? 0 : (double) typeOk / typeN));
        return out;
    }

    /** Precision and recall of "event sentence" (at the coder's veto threshold and at 0.5) on examples not trained on. */
    public static List<String> evaluate(SentenceModel model, List<Example> examples) {
        List<String> out = new ArrayList<>();
        for (double t : new double[] {MentionReader.MODEL_VETO, 0.5}) {
            int tp = 0, fp = 0, fn = 0;
            for (Example e : examples) {
                if (!e.trigger()) {
                    if (!e.label().equals("none")) {
                        fn++; // an evidence sentence without a trigger: neither rules nor model see it
                    }
                    continue;
                }
                boolean gold = !e.label().equals("none");
                boolean pred = model.vote(e.features()).event() >= t;
                tp += pred && gold ? 1 : 0;
                fp += pred && !gold ? 1 : 0;
                fn += !pred && gold ? 1 : 0;
            }
            out.add(String.format(Locale.ROOT, "model at %.2f: precision %.3f recall %.3f (tp %d, fp %d, fn %d)", t,
                    tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn), tp, fp, fn));
        }
        return out;
    }

    public static void write(MaxentModel m, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out); DataOutputStream d = new DataOutputStream(os)) {
            new GenericModelWriter((AbstractModel) m, d).persist();
        }
    }
}
