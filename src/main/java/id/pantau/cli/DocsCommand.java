package id.pantau.cli;

import picocli.CommandLine.Command;

/** {@code pantau docs}: look at and export stored documents. */
@Command(name = "docs", mixinStandardHelpOptions = true, description = "List, show and export stored documents.",
        subcommands = {DocsListCommand.class, DocsShowCommand.class, DocsExportCommand.class, DocsRejectedCommand.class})
public final class DocsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
