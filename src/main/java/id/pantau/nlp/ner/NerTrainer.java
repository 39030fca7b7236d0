package id.pantau.nlp.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains Pantau's Indonesian name finder (OpenNLP maximum entropy) on the training splits of
 * NER-Grit and NERP (IndoNLU). Run by {@code pantau ner train}; the model it writes is committed
 * with its provenance in {@code NOTICE-ner.md}.
 */
public final class NerTrainer {
    public static final int ITERATIONS = 150;
    public static final int CUTOFF = 2;

    public TokenNameFinderModel train(List<Path> trainFiles) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (Path f : trainFiles) {
            samples.addAll(ConllReader.read(f));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 2);
        return NameFinderME.train("id", null, new CollectionObjectStream<>(samples), params, new TokenNameFinderFactory());
    }

    public static void write(TokenNameFinderModel model, Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
    }
}
