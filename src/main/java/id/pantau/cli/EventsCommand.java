package id.pantau.cli;

import picocli.CommandLine.Command;

/** {@code pantau events}: list, export and re-code conflict events. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List, export and re-code conflict events.",
        subcommands = {EventsListCommand.class, EventsExportCommand.class, EventsRecodeCommand.class, EventsTrainCommand.class})
public final class EventsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
