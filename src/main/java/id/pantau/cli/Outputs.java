package id.pantau.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where an export goes: a file (parent folders created), or the command's standard output (left open). */
final class Outputs {
    private Outputs() {
    }

    static Writer open(CommandSpec spec, Path output) throws IOException {
        if (output == null) {
            return new BufferedWriter(spec.commandLine().getOut()) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
}
