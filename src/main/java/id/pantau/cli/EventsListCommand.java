package id.pantau.cli;

import id.pantau.events.Event;
import id.pantau.events.EventMerger;
import id.pantau.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau events list}: the event table. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Print the event table (one event per line).")
public final class EventsListCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--no-merge", description = "Show each article's events separately instead of one event per happening.")
    boolean noMerge;

    @Option(names = "--limit", defaultValue = "100", description = "How many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = data.openStoreWithEvents(spec.commandLine().getErr())) {
            print(spec.commandLine().getOut(), noMerge ? store.events() : new EventMerger().merge(store.events()), limit);
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, List<Event> events, int limit) {
        out.printf("%-10s %-27s %-32s %-20s %-26s %-26s %5s %5s %s%n", "DATE", "TYPE", "SUB-TYPE", "LOCATION", "ACTOR 1",
                "ACTOR 2", "KILL", "DOCS", "CLAIMS");
        int n = 0;
        for (Event e : events) {
            if (n++ >= limit) {
                break;
            }
            String claims = String.join(", ", e.claims().stream().map(c -> c.kind() + " " + (c.approximate() ? "~" : "") + c.value()
                    + (c.claimant() == null ? "" : " (" + c.claimant() + ")")).distinct().toList());
            out.printf("%-10s %-27s %-32s %-20s %-26s %-26s %5s %5d %s%n", DocsListCommand.cut(e.eventDate(), 10),
                    DocsListCommand.cut(e.eventType(), 27), DocsListCommand.cut(e.subEventType(), 32), DocsListCommand.cut(e.location(), 20),
                    DocsListCommand.cut(e.actor1(), 26), DocsListCommand.cut(e.actor2(), 26), e.fatalities() == null ? "-" : e.fatalities(),
                    e.docIds().size(), DocsListCommand.cut(claims, 80));
        }
        out.printf("(%,d events)%n", events.size());
    }
}
