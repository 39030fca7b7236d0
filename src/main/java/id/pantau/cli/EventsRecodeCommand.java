package id.pantau.cli;

import id.pantau.events.EventCoder;
import id.pantau.pipeline.EventStage;
import id.pantau.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau events recode}: run the event coder again over every stored document. */
@Command(name = "recode", mixinStandardHelpOptions = true,
        description = "Code the events of every stored document again (after an upgrade of Pantau's rules).")
public final class EventsRecodeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (Store store = data.openStore()) {
            long n = new EventStage(EventCoder.standard()).run(store, null);
            spec.commandLine().getOut().printf("coded %,d events from %,d documents in %.1f s%n", n, store.count(),
                    (System.nanoTime() - t0) / 1e9);
        }
        return ExitCodes.OK;
    }
}
