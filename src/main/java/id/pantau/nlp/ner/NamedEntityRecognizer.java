package id.pantau.nlp.ner;

import id.pantau.nlp.Span;
import id.pantau.nlp.Tokenizer;
import id.pantau.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Persons, organisations and places beyond the dictionaries, found by the name finder Pantau
 * trains on NER-Grit and NERP ({@code ner-id-v1.bin}, see NOTICE-ner.md). The model is loaded
 * once, lazily; a missing model fails loudly. Spans point into the given text.
 */
public final class NamedEntityRecognizer {
    public static final String MODEL = "id/pantau/nlp/ner/ner-id-v1.bin";
    private final Tokenizer tokenizer = new Tokenizer();

    /** A named entity: PER, ORG or LOC, and where it stands. */
    public record Entity(String type, Span span) {
    }

    private static final class Holder {
        static final TokenNameFinderModel MODEL_INSTANCE = load();

        private static TokenNameFinderModel load() {
            try (InputStream in = Resources.open(MODEL)) {
                return new TokenNameFinderModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled NER model " + MODEL, e);
            }
        }
    }

    /**
     * One finder per thread: building one builds its feature generators from the model's descriptor, which cost
     * as much as finding the names of a short article. Its adaptive data is cleared after each document.
     */
    private static final ThreadLocal<NameFinderME> FINDER = ThreadLocal.withInitial(() -> new NameFinderME(Holder.MODEL_INSTANCE));

    public List<Entity> find(String text, List<Span> sentences) {
        NameFinderME finder = FINDER.get();
        List<Entity> out = new ArrayList<>();
        for (Span s : sentences) {
            List<Span> toks = tokenizer.tokenize(text, s.start(), s.end());
            String[] words = toks.stream().map(Span::text).toArray(String[]::new);
            for (opennlp.tools.util.Span n : finder.find(words)) {
                int start = toks.get(n.getStart()).start(), end = toks.get(n.getEnd() - 1).end();
                out.add(new Entity(n.getType(), Span.of(text, start, end)));
            }
        }
        finder.clearAdaptiveData();
        return out;
    }
}
