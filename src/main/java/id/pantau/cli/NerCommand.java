package id.pantau.cli;

import id.pantau.nlp.ner.ConllReader;
import id.pantau.nlp.ner.EntityTagger;
import id.pantau.nlp.ner.NerEvaluation;
import id.pantau.nlp.ner.NerTrainer;
import id.pantau.nlp.ner.NamedEntityRecognizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau ner}: train and evaluate the Indonesian name finder. */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Train and evaluate the Indonesian name finder.",
        subcommands = {NerCommand.Train.class, NerCommand.Eval.class})
public final class NerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Path dataset(Path ner, String name, String split) {
        Path p = ner.resolve("indonlu").resolve(name).resolve(split + "_preprocess.txt");
        if (!Files.exists(p)) {
            throw new PantauException(ExitCodes.NOT_FOUND, p + " not found (give --datasets pointing at shared/datasets/ner)");
        }
        return p;
    }

    /** {@code pantau ner train}. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Train on the NER-Grit and NERP training splits and write the model.")
    static final class Train implements Callable<Integer> {
        @Option(names = "--datasets", defaultValue = "../shared/datasets/ner", description = "Folder of the NER datasets (default: ${DEFAULT-VALUE}).")
        Path datasets;

        @Option(names = {"-o", "--output"}, defaultValue = "src/main/resources/" + NamedEntityRecognizer.MODEL,
                description = "Where to write the model (default: ${DEFAULT-VALUE}).")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            TokenNameFinderModel model = new NerTrainer().train(List.of(dataset(datasets, "nergrit_ner-grit", "train"),
                    dataset(datasets, "nerp_ner-prosa", "train")));
            NerTrainer.write(model, output);
            spec.commandLine().getOut().printf("trained in %.0f s; wrote %s (%,d bytes)%n", (System.nanoTime() - t0) / 1e9, output,
                    Files.size(output));
            return ExitCodes.OK;
        }
    }

    /** {@code pantau ner eval}. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Entity-level P/R/F1 per type of the bundled model on the NER-Grit and NERP test splits.")
    static final class Eval implements Callable<Integer> {
        @Option(names = "--datasets", defaultValue = "../shared/datasets/ner", description = "Folder of the NER datasets (default: ${DEFAULT-VALUE}).")
        Path datasets;

        @Option(names = "--model", description = "A model file (default: the bundled one).")
        Path model;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            TokenNameFinderModel m;
            try (InputStream in = model == null ? id.pantau.util.Resources.open(NamedEntityRecognizer.MODEL) : Files.newInputStream(model)) {
                m = new TokenNameFinderModel(in);
            }
            PrintWriter out = spec.commandLine().getOut();
            for (String[] set : new String[][] {{"NER-Grit", "nergrit_ner-grit"}, {"NERP", "nerp_ner-prosa"}}) {
                var samples = ConllReader.read(dataset(datasets, set[1], "test"));
                var alone = NerEvaluation.evaluate(m, samples);
                var combined = model == null ? NerEvaluation.evaluateCombined(EntityTagger.standard(), samples) : null;
                out.printf("%s test (%s): model alone | model + gazetteer + actor dictionary%n%-5s %6s %6s %6s %6s | %6s %6s %6s%n",
                        set[0], set[1], "type", "gold", "P", "R", "F1", "P", "R", "F1");
                for (int i = 0; i < alone.size(); i++) {
                    NerEvaluation.Score s = alone.get(i);
                    NerEvaluation.Score c = combined == null ? null : combined.stream().filter(x -> x.type().equals(s.type())).findFirst().orElse(null);
                    out.printf("%-5s %6d %6.3f %6.3f %6.3f", s.type(), s.gold(), s.precision(), s.recall(), s.f1());
                    out.println(c == null ? "" : String.format(" | %6.3f %6.3f %6.3f", c.precision(), c.recall(), c.f1()));
                }
            }
            return ExitCodes.OK;
        }
    }
}
