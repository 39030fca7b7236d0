package id.pantau.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.events.Claim;
import id.pantau.events.Event;
import id.pantau.events.EventJson;
import id.pantau.events.EventMerger;
import id.pantau.store.Store;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
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
        description = "Export events: jsonl (the full contract with claims and evidence), csv (ACLED column names) or geojson.")
public final class EventsExportCommand implements Callable<Integer> {
    static final String[] CSV_HEADER = {"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude",
        "geo_precision", "geonames_id", "fatalities", "injured", "displaced", "captured", "source", "notes", "claims"};

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
        try (Store store = data.openStoreWithEvents(spec.commandLine().getErr())) {
            events = noMerge ? store.events() : new EventMerger().merge(store.events());
        }
        try (Writer w = Outputs.open(spec, output)) {
            switch (format) {
                case "jsonl" -> {
                    for (Event e : events) {
                        w.write(EventJson.write(e));
                        w.write('\n');
                    }
                }
                case "csv" -> writeCsv(w, events);
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

    private static void writeCsv(Writer w, List<Event> events) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
            for (Event e : events) {
                List<String> claims = new ArrayList<>();
                for (Claim c : e.claims()) {
                    claims.add(c.kind() + "=" + (c.approximate() ? "~" : "") + c.value() + (c.claimant() == null ? "" : " [" + c.claimant() + "]"));
                }
                csv.printRecord(e.eventId(), e.eventDate(), e.timePrecision(), e.eventType(), e.subEventType(), e.actor1(),
                        e.assocActor1(), e.actor2(), e.assocActor2(), e.country(), e.admin1(), e.location(), e.latitude(),
                        e.longitude(), e.geoPrecision(), e.geonamesId(), e.fatalities(), e.injured(), e.displaced(), e.captured(),
                        String.join("; ", e.docIds()), e.notes(), String.join("; ", claims));
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
