package id.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.pantau.events.EventMerger;
import id.pantau.framing.FramingLens;
import id.pantau.framing.FramingLens.ActorFraming;
import id.pantau.framing.FramingLens.LabelCount;
import id.pantau.framing.FramingLens.OutletLabels;
import id.pantau.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pantau framing}: how each outlet names the sides and whose figures it repeats. */
@Command(name = "framing", mixinStandardHelpOptions = true,
        description = {"The framing lens: per actor and outlet, the labels the outlet wraps around the actor (\"teroris\", \"pejuang\","
                + " \"rezim\", \"KKB\") with their stance and the share of delegitimising ones; the claimants each outlet cites; and"
                + " the figures each outlet gives for events several outlets report."})
public final class FramingCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "An actor: canonical name, alias (KKB, ISIS) or part of a name (default: all).")
    String actor;

    @Option(names = "--outlet", paramLabel = "OUTLET", description = "One outlet (any case; \"(unknown)\" for documents without one).")
    String outlet;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First publication day (events: first event day).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last publication day (events: last event day).")
    String to;

    @Option(names = "--examples", defaultValue = "0", description = "Example spans to print per label in the table (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--format", defaultValue = "table", description = "table, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "tsv", "json").contains(format)) {
            throw new PantauException(ExitCodes.USAGE, "unknown --format '" + format + "' (use table, tsv or json)");
        }
        day("--from", from);
        day("--to", to);
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new PantauException(ExitCodes.USAGE, "--from " + from + " is after --to " + to);
        }
        FramingLens.Report r;
        try (Store store = data.openStoreWithEvents(spec.commandLine().getErr())) {
            FramingLens lens = new FramingLens(store);
            List<String> actors = lens.resolveActor(actor);
            if (actors != null && actors.isEmpty()) {
                throw new PantauException(ExitCodes.NOT_FOUND, "no labels for an actor named '" + actor + "' (actors with labels: "
                        + store.labelledActors().keySet().stream().limit(12).collect(Collectors.joining(", ")) + ")");
            }
            r = lens.report(new FramingLens.Query(actor, outlet, from, to), actors, new EventMerger().merge(store.events()));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(FramingLens.toMap(r)));
            case "tsv" -> {
                out.println(String.join("\t", "actor", "outlet", "label", "stance", "count", "doc_id", "surface", "context"));
                for (ActorFraming a : r.framing()) {
                    for (OutletLabels o : a.outlets()) {
                        for (LabelCount c : o.counts()) {
                            for (var ex : c.examples()) {
                                out.println(Table.tsv(a.actor(), o.outlet(), c.label(), c.stance(), c.count(), ex.docId(), ex.surface(), ex.context()));
                            }
                        }
                    }
                }
            }
            default -> table(out, r, Table.terminalWidth(spec));
        }
        return ExitCodes.OK;
    }

    private static void day(String option, String value) {
        if (value == null) {
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PantauException(ExitCodes.USAGE, option + " must be a day as YYYY-MM-DD, not '" + value + "'");
        }
    }

    private void table(PrintWriter out, FramingLens.Report r, int width) {
        if (r.framing().isEmpty()) {
            out.println("No actor labels match (run 'pantau ingest' first, or widen --actor/--outlet/--from/--to).");
        }
        for (ActorFraming a : r.framing()) {
            out.printf("%n%s: %,d labels in %,d outlets%n", a.actor(), a.labels(), a.outlets().size());
            Table t = new Table(List.of(Table.Column.flexible("OUTLET", 8), Table.Column.number("DOCS"), Table.Column.number("LABELS"),
                    Table.Column.number("DELEG%"), Table.Column.number("SYMP%"), Table.Column.flexible("LABELS USED (d delegitimising, s sympathetic)", 20)));
            for (OutletLabels o : a.outlets()) {
                t.add(o.outlet(), o.documents(), o.labels(), Math.round(100 * o.delegitimisingShare()), Math.round(100 * o.sympatheticShare()),
                        o.counts().stream().map(c -> c.label() + " " + c.count() + mark(c.stance())).collect(Collectors.joining(", ")));
            }
            t.print(out, width);
            if (examples > 0) {
                for (OutletLabels o : a.outlets()) {
                    for (LabelCount c : o.counts()) {
                        c.examples().stream().limit(examples).forEach(ex -> out.printf("  %s | %s | %s: %s%n", o.outlet(), c.label(), ex.docId(), ex.context()));
                    }
                }
            }
        }
        if (!r.claimants().isEmpty()) {
            out.printf("%nClaimants cited (figures in events):%n");
            Table t = new Table(List.of(Table.Column.flexible("OUTLET", 8), Table.Column.number("CLAIMS"), Table.Column.flexible("CLAIMANTS", 20)));
            for (var o : r.claimants()) {
                t.add(o.outlet(), o.claims(), o.claimants().stream().map(c -> c.claimant() + " " + c.claims()).collect(Collectors.joining(", ")));
            }
            t.print(out, width);
        }
        if (!r.figures().isEmpty()) {
            out.printf("%nFigures side by side (events reported by several outlets):%n");
            Table t = new Table(List.of(Table.Column.fixed("DATE"), Table.Column.flexible("EVENT", 10), Table.Column.flexible("OUTLET", 8),
                    Table.Column.flexible("FIGURES (claimant)", 20)));
            for (var e : r.figures()) {
                for (var o : e.outlets()) {
                    t.add(e.eventDate(), e.eventType() + ", " + e.location(), o.outlet(), o.claims().stream()
                            .map(c -> c.get("kind") + " " + c.get("value") + (c.get("claimant") == null ? "" : " (" + c.get("claimant") + ")"))
                            .distinct().collect(Collectors.joining("; ")));
                }
            }
            t.print(out, width);
        }
    }

    private static String mark(String stance) {
        return switch (stance) {
            case "delegitimising" -> " d";
            case "sympathetic" -> " s";
            default -> "";
        };
    }
}
