package id.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.actors.ActorDictionary;
import id.pantau.events.AcledColumns;
import id.pantau.geo.Gazetteer;
import id.pantau.ingest.Outlets;
import id.pantau.events.Event;
import id.pantau.events.EventJson;
import id.pantau.events.EventMerger;
import id.pantau.store.Store;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau events export}: events as JSON Lines, ACLED-style CSV or GeoJSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events: jsonl (the full contract with claims and evidence), csv (ACLED's 31 columns in ACLED's order,"
                + " then Pantau's: injured, displaced, captured, claims, doc_ids, evidence, geonames_id) or geojson.")
public final class EventsExportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or geojson (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--no-merge", description = "Export each article's events separately.")
    boolean noMerge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!List.of("jsonl", "csv", "geojson").contains(format)) {
            throw new PantauException(ExitCodes.USAGE, "unknown --format '" + format + "' (use jsonl, csv or geojson)");
        }
        List<Event> events;
        Map<String, AcledColumns.Source> sources = new HashMap<>();
        try (Store store = data.openStoreWithEvents(spec.commandLine().getErr())) {
            events = noMerge ? store.events() : new EventMerger().merge(store.events());
            if (format.equals("csv")) {
                store.originsOfEventDocuments().forEach((id, o) -> sources.put(id, new AcledColumns.Source(
                        Outlets.standard().resolve(o.source(), o.url()), o.storedAt().getEpochSecond())));
            }
        }
        try (Writer w = Outputs.open(spec, output)) {
            switch (format) {
                case "jsonl" -> {
                    for (Event e : events) {
                        w.write(EventJson.write(e));
                        w.write('\n');
                    }
                }
                case "csv" -> writeCsv(w, events, sources);
                default -> writeGeoJson(w, events);
            }
        } catch (IOException e) {
            throw new PantauException(ExitCodes.IO, "cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage(), e);
        }
        if (output != null) {
            spec.commandLine().getErr().printf("pantau: wrote %,d events to %s%n", events.size(), output);
        }
        return ExitCodes.OK;
    }

    private static void writeCsv(Writer w, List<Event> events, Map<String, AcledColumns.Source> sources) throws IOException {
        AcledColumns acled = new AcledColumns(ActorDictionary.standard(), Gazetteer.standard()::isoOfCountry);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(AcledColumns.header().toArray(String[]::new)).get())) {
            for (Event e : events) {
                csv.printRecord(acled.row(e, sources));
            }
        }
    }

    private static void writeGeoJson(Writer w, List<Event> events) throws IOException {
        List<Map<String, Object>> features = new ArrayList<>();
        for (Event e : events) {
            if (e.latitude() == null) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "Feature");
            f.put("id", e.eventId());
            f.put("geometry", Map.of("type", "Point", "coordinates", List.of(e.longitude(), e.latitude())));
            f.put("properties", EventJson.toMap(e));
            features.add(f);
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        w.write(new ObjectMapper().writeValueAsString(fc));
        w.write('\n');
    }
}
