package id.pantau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.events.EventCoder;
import id.pantau.events.SentenceModel;
import id.pantau.events.SentenceModelTrainer;
import id.pantau.geo.Gazetteer;
import id.pantau.actors.ActorDictionary;
import id.pantau.nlp.PublicationDate;
import id.pantau.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.ml.model.MaxentModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pantau events train}: trains the event-sentence model on annotated articles held in a store
 * (their evidence sentences are examples of event types, their other trigger sentences of "none") and
 * on articles without events held in another store; reports cross-validated precision and recall and,
 * with --eval-gold/--eval-data, the model's precision and recall on a set it was not trained on.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the event-sentence model (see scripts/train-sentence-model.sh for the data it is trained on).")
public final class EventsTrainCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Store holding the annotated articles.")
    Path data;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "Gold event files of those articles (repeatable).")
    List<Path> gold;

    @Option(names = "--negatives", paramLabel = "DIR", description = "Store holding articles without conflict events.")
    Path negatives;

    @Option(names = "--eval-data", paramLabel = "DIR", description = "Store of a held-out annotated set to report on.")
    Path evalData;

    @Option(names = "--eval-gold", paramLabel = "GOLD.json", description = "Gold file of the held-out set.")
    Path evalGold;

    @Option(names = "--iterations", defaultValue = "100", description = "GIS iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "5", description = "Feature count cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = {"-o", "--output"}, defaultValue = "src/main/resources/" + SentenceModel.RESOURCE,
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        EventCoder coder = new EventCoder(Gazetteer.standard(), ActorDictionary.standard(), SentenceModel.NONE);
        SentenceModelTrainer trainer = new SentenceModelTrainer(coder);
        Map<String, JsonNode> golds = new HashMap<>();
        for (Path g : gold) {
            golds.putAll(readGold(g));
        }
        List<SentenceModelTrainer.Example> examples = new ArrayList<>();
        int[] docs = {0};
        collect(data, trainer, golds, true, examples, docs);
        int annotated = docs[0];
        if (negatives != null) {
            collect(negatives, trainer, Map.of(), false, examples, docs);
        }
        long pos = examples.stream().filter(e -> !e.label().equals("none")).count();
        out.printf("examples: %,d sentences (%,d event sentences) from %,d annotated and %,d other articles%n", examples.size(), pos,
                annotated, docs[0] - annotated);
        out.println("cross-validation (5 folds by article, sentences with a trigger):");
        for (String line : SentenceModelTrainer.crossValidate(examples, 5, iterations, cutoff)) {
            out.println("  " + line);
        }
        MaxentModel model = SentenceModelTrainer.train(examples, iterations, cutoff);
        SentenceModelTrainer.write(model, output);
        out.printf("wrote %s (%,d bytes)%n", output, Files.size(output));
        if (evalData != null && evalGold != null) {
            List<SentenceModelTrainer.Example> held = new ArrayList<>();
            collect(evalData, trainer, readGold(evalGold), true, held, new int[1]);
            out.println("held-out set " + evalGold + ":");
            for (String line : SentenceModelTrainer.evaluate(SentenceModel.of(model), held)) {
                out.println("  " + line);
            }
        }
        return ExitCodes.OK;
    }

    private static void collect(Path dir, SentenceModelTrainer trainer, Map<String, JsonNode> golds, boolean onlyGold,
                                List<SentenceModelTrainer.Example> into, int[] docs) {
        if (!Files.isDirectory(dir)) {
            throw new PantauException(ExitCodes.NOT_FOUND, "no store at " + dir + " (ingest the articles there first)");
        }
        try (Store store = Store.open(dir)) {
            store.forEachForCoding(null, (docId, text, published, url) -> {
                JsonNode g = golds.get(docId);
                if (g == null) {
                    g = golds.get(docId.substring(docId.lastIndexOf('/') + 1));
                }
                if (onlyGold && g == null) {
                    return;
                }
                docs[0]++;
                into.addAll(trainer.examples(docId, text, PublicationDate.resolve(published, url), g));
            });
        }
    }

    static Map<String, JsonNode> readGold(Path p) throws IOException {
        JsonNode root = new ObjectMapper().readTree(p.toFile());
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode d : root.path("documents")) {
            String id = d.path("doc").asText();
            out.put(id, d);
            out.put(id.substring(id.lastIndexOf('/') + 1), d);
        }
        return out;
    }
}
