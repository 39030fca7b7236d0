package id.pantau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.events.EventCoder;
import id.pantau.geo.Geocoder;
import id.pantau.geo.Place;
import id.pantau.geo.PlaceMention;
import id.pantau.nlp.PublicationDate;
import id.pantau.nlp.Span;
import id.pantau.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pantau places FILE...}: the place mentions the geocoder finds in text files and what they
 * resolve to. {@code pantau places --gold GOLD.json --data DIR}: for every required event of a gold
 * file whose article is in the store, the place the event coder would give it from its evidence
 * sentences, and whether that lies within the gold tolerance.
 */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "List the place names found in text files with the gazetteer entry each resolves to; "
                + "with --gold and --data, measure the event places against a gold file.")
public final class PlacesCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE")
    List<Path> files = new ArrayList<>();

    @Option(names = "--gold", paramLabel = "GOLD.json", description = "Gold event file (repeatable) to measure against.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "Store holding the gold file's articles.")
    Path data;

    @Option(names = "--verbose", description = "List every event with the place found.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!gold.isEmpty() || !files.isEmpty()) {
            long t0 = System.nanoTime();
            id.pantau.geo.Gazetteer g = id.pantau.geo.Gazetteer.standard();
            spec.commandLine().getErr().printf(Locale.ROOT, "gazetteer: %,d places, %.1f MB of heap, loaded in %d ms%n",
                    g.size(), g.ramBytes() / 1e6, (System.nanoTime() - t0) / 1_000_000);
        }
        if (!gold.isEmpty()) {
            if (data == null) {
                throw new PantauException(ExitCodes.USAGE, "--gold needs --data (the store holding the gold file's articles)");
            }
            return measure();
        }
        if (files.isEmpty()) {
            throw new PantauException(ExitCodes.USAGE, "give text files, or --gold GOLD.json --data DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        Geocoder geocoder = Geocoder.standard();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> resolved = new TreeMap<>();
        for (Path f : files) {
            for (PlaceMention m : geocoder.find(Files.readString(f, StandardCharsets.UTF_8))) {
                String key = m.span().text();
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                resolved.put(key, describe(m));
            }
        }
        int total = 0;
        for (var e : counts.entrySet()) {
            out.printf("%4d  %-24s -> %s%n", e.getValue()[0], e.getKey(), resolved.get(e.getKey()));
            total += e.getValue()[0];
        }
        out.printf("(%d mentions of %d names)%n", total, counts.size());
        return ExitCodes.OK;
    }

    private static String describe(PlaceMention m) {
        Place p = m.place();
        return String.format(Locale.ROOT, "%s (%s%s, %s) %.3f,%.3f precision %d %s", p.name(), p.kind().name().toLowerCase(Locale.ROOT),
                p.geonamesId() == null ? "" : " " + p.geonamesId(), p.country(), p.lat(), p.lon(), m.precision(),
                m.role() == PlaceMention.Role.PLACE ? "" : m.role().name().toLowerCase(Locale.ROOT));
    }

    private int measure() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, JsonNode> golds = new HashMap<>();
        for (Path g : gold) {
            golds.putAll(EventsTrainCommand.readGold(g));
        }
        EventCoder coder = EventCoder.standard();
        int[] n = new int[3]; // events, resolved right, no evidence found
        List<String> lines = new ArrayList<>();
        try (Store store = Store.open(data)) {
            store.forEachForCoding(null, (docId, text, published, url) -> {
                JsonNode g = golds.get(docId);
                if (g == null) {
                    g = golds.get(docId.substring(docId.lastIndexOf('/') + 1));
                }
                if (g == null) {
                    return;
                }
                for (JsonNode e : g.path("events")) {
                    if (e.path("optional").asBoolean(false)) {
                        continue;
                    }
                    n[0]++;
                    List<Span> evidence = EvidenceLocator.locate(text, e.path("evidence").asText(""));
                    if (evidence.isEmpty()) {
                        n[2]++;
                    }
                    List<PlaceMention> found = coder.placesFor(docId, text, PublicationDate.resolve(published, url), evidence);
                    JsonNode loc = e.path("location");
                    double tol = loc.path("tolerance_km").asDouble(25);
                    // the coder makes one event per place of a list ("di A, B dan C"): the nearest of them is the one matched
                    Optional<PlaceMention> p = found.stream().min(java.util.Comparator.comparingDouble(
                            x -> x.place().kmTo(loc.path("lat").asDouble(), loc.path("lon").asDouble())));
                    double km = p.map(x -> x.place().kmTo(loc.path("lat").asDouble(), loc.path("lon").asDouble())).orElse(Double.MAX_VALUE);
                    boolean ok = km <= tol;
                    n[1] += ok ? 1 : 0;
                    if (verbose || !ok) {
                        lines.add(String.format(Locale.ROOT, "%s %s: gold %s | found %s%s", ok ? "ok  " : "MISS", docId,
                                loc.path("name").asText(), p.map(PlacesCommand::describe).orElse("nothing"),
                                p.isPresent() ? String.format(Locale.ROOT, " (%.0f km, tolerance %.0f)", km, tol) : ""));
                    }
                }
            });
        }
        lines.forEach(out::println);
        out.printf(Locale.ROOT, "required events: %d; place within the gold tolerance: %d (%.1f %%); evidence not found in the text: %d%n",
                n[0], n[1], n[0] == 0 ? 0 : 100.0 * n[1] / n[0], n[2]);
        return ExitCodes.OK;
    }
}
