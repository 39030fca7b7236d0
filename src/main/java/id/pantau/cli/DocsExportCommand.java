package id.pantau.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.store.Store;
import id.pantau.store.StoredDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau docs export}: every document as JSON Lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every stored document as JSON Lines (doc_id, source, url, title, published, language, text, duplicate_of).")
public final class DocsExportCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: jsonl (default).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("jsonl")) {
            throw new PantauException(ExitCodes.USAGE, "unknown --format '" + format + "' (documents export as jsonl)");
        }
        ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        long[] n = {0};
        try (Store store = data.openStore(); Writer w = Outputs.open(spec, output)) {
            store.forEach(s -> {
                Map<String, Object> row = StoredDocument.exportRow(s.document(), s.similarity());
                try {
                    w.write(json.writeValueAsString(row));
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n[0]++;
            });
        } catch (IOException | UncheckedIOException e) {
            throw new PantauException(ExitCodes.IO, "cannot write " + (output == null ? "standard output" : output)
                    + ": " + e.getMessage(), e);
        }
        if (output != null) {
            spec.commandLine().getErr().printf("pantau: wrote %,d documents to %s%n", n[0], output);
        }
        return ExitCodes.OK;
    }
}
