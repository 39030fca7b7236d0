package id.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.pantau.events.Claim;
import id.pantau.events.Event;
import id.pantau.events.EventJson;
import id.pantau.events.EventMerger;
import id.pantau.store.Store;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau events list}: the event table, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Print the events, newest first: a table that fits the terminal, tab-separated values, or JSON.")
public final class EventsListCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--no-merge", description = "Show each article's events separately instead of one event per happening.")
    boolean noMerge;

    @Option(names = "--limit", defaultValue = "100", description = "How many (default: ${DEFAULT-VALUE}; 0: all).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    static final Comparator<Event> NEWEST_FIRST = Comparator.comparing(Event::eventDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Event::eventId);

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "tsv", "json").contains(format)) {
            throw new PantauException(ExitCodes.USAGE, "unknown --format '" + format + "' (use table, tsv or json)");
        }
        List<Event> events;
        try (Store store = data.openStoreWithEvents(spec.commandLine().getErr())) {
            events = new ArrayList<>(noMerge ? store.events() : new EventMerger().merge(store.events()));
        }
        events.sort(NEWEST_FIRST);
        int total = events.size();
        List<Event> shown = limit > 0 && limit < total ? events.subList(0, limit) : events;
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(shown.stream().map(EventJson::toMap).toList()));
            case "tsv" -> {
                out.println(String.join("\t", "event_id", "event_date", "event_type", "sub_event_type", "location", "admin1", "country",
                        "actor1", "actor2", "fatalities", "injured", "documents", "claims"));
                for (Event e : shown) {
                    out.println(Table.tsv(e.eventId(), e.eventDate(), e.eventType(), e.subEventType(), e.location(), e.admin1(),
                            e.country(), e.actor1(), e.actor2(), e.fatalities(), e.injured(), e.docIds().size(), claims(e)));
                }
            }
            default -> {
                print(out, shown, Table.terminalWidth(spec));
                out.printf(shown.size() < total ? "(%,d of %,d events; --limit 0 shows all)%n" : "(%,d events)%n", shown.size(), total);
            }
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, List<Event> events, int width) {
        Table t = new Table(List.of(Table.Column.fixed("DATE"), Table.Column.flexible("EVENT", 10), Table.Column.flexible("LOCATION", 10),
                Table.Column.flexible("ACTOR 1", 12), Table.Column.flexible("ACTOR 2", 12), Table.Column.number("KILLED"),
                Table.Column.number("DOCS")));
        for (Event e : events) {
            t.add(e.eventDate(), e.subEventType(), e.location() + (e.country() == null || e.country().equals(e.location()) ? "" : ", " + e.country()),
                    e.actor1(), e.actor2(), e.fatalities(), e.docIds().size());
        }
        t.print(out, width);
    }

    private static String claims(Event e) {
        return e.claims().stream().map(EventsListCommand::claim).distinct().collect(Collectors.joining("; "));
    }

    static String claim(Claim c) {
        return c.kind() + " " + (c.approximate() ? "~" : "") + c.value() + (c.claimant() == null ? "" : " (" + c.claimant() + ")");
    }
}
