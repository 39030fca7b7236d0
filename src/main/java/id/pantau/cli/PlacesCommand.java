package id.pantau.cli;

import id.pantau.geo.Geocoder;
import id.pantau.geo.PlaceMention;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau places FILE...}: the place mentions the geocoder finds in text files, and what they resolve to. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "List the place names found in text files with the gazetteer entry each resolves to (for checking the geocoder).")
public final class PlacesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Geocoder geocoder = Geocoder.standard();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> resolved = new TreeMap<>();
        for (Path f : files) {
            for (PlaceMention m : geocoder.find(Files.readString(f, StandardCharsets.UTF_8))) {
                String key = m.span().text();
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                resolved.put(key, String.format("%s (%s%s, %s) %.3f,%.3f precision %d", m.place().name(), m.place().feature(),
                        m.place().geonamesId() == null ? "" : " " + m.place().geonamesId(), m.place().country(), m.place().lat(),
                        m.place().lon(), m.precision()));
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
}
