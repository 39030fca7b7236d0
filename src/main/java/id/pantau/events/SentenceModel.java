package id.pantau.events;

import id.pantau.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;

/**
 * The learned half of the event coder: a maximum-entropy model ({@value #RESOURCE}, trained by
 * {@code pantau events train} on the evidence sentences of the train gold and the seeds, with
 * negatives from non-event articles; see NOTICE-sentence-model.md) that says whether a sentence
 * reports a conflict event and of which type. The rules decide the fields; the model votes on
 * "event sentence or not" and on the type. Loaded once, lazily; a missing model fails loudly.
 */
public interface SentenceModel {
    String RESOURCE = "id/pantau/events/sentence-model-v1.bin";

    /** The model's view of one sentence: probability of an event report, and the most likely type. */
    record Vote(double event, String type, double typeProbability) {
    }

    /** The vote, or null when the model has nothing to say. */
    Vote vote(String[] features);

    /** A model that never votes (rules only). */
    SentenceModel NONE = features -> null;

    static SentenceModel standard() {
        return Holder.DEFAULT;
    }

    /** Wraps a trained maxent model whose outcomes are "none" and ACLED event types. */
    static SentenceModel of(MaxentModel m) {
        return features -> {
            double[] p = m.eval(features);
            int none = m.getIndex("none");
            double event = none < 0 ? 0 : 1 - p[none];
            int best = -1;
            for (int i = 0; i < p.length; i++) {
                if (i != none && (best < 0 || p[i] > p[best])) {
                    best = i;
                }
            }
            return new Vote(event, best < 0 ? null : m.getOutcome(best), best < 0 ? 0 : p[best]);
        };
    }

    static SentenceModel load(InputStream in) throws IOException {
        return of(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
    }

    /** Lazy holder of the bundled model. */
    final class Holder {
        static final SentenceModel DEFAULT = loadBundled();

        private Holder() {
        }

        private static SentenceModel loadBundled() {
            if (Boolean.getBoolean("pantau.rulesOnly")) {
                return NONE;
            }
            try (InputStream in = Resources.open(RESOURCE)) {
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled sentence model " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
