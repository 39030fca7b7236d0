package oldharness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.geo.Geocoder;
import id.pantau.geo.PlaceMention;
import id.pantau.nlp.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Baseline for issue 8: the v1 geocoder's most specific place in each required gold event's evidence. */
public class OldPlaces {
    public static void main(String[] a) throws Exception {
        ObjectMapper om = new ObjectMapper();
        Map<String, String> texts = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(a[1]))) {
            JsonNode d = om.readTree(line);
            texts.put(d.path("doc_id").asText(), d.path("text").asText());
        }
        Geocoder geo = Geocoder.standard();
        int n = 0, ok = 0;
        for (JsonNode doc : om.readTree(Path.of(a[0]).toFile()).path("documents")) {
            String text = texts.get(doc.path("doc").asText());
            if (text == null) continue;
            List<PlaceMention> places = null;
            for (JsonNode e : doc.path("events")) {
                if (e.path("optional").asBoolean(false)) continue;
                n++;
                if (places == null) places = geo.find(text);
                List<Span> spans = EvidenceLocator.locate(text, e.path("evidence").asText(""));
                PlaceMention best = null, country = null;
                for (Span s : spans) {
                    for (PlaceMention p : places) {
                        if (p.span().start() < s.start() || p.span().end() > s.end()) continue;
                        if (p.place().isCountry()) { if (country == null) country = p; continue; }
                        if (best == null || (p.place().isRegion() ? 2 : 1) < (best.place().isRegion() ? 2 : 1)) best = p;
                    }
                }
                PlaceMention p = best != null ? best : country;
                JsonNode loc = e.path("location");
                double tol = loc.path("tolerance_km").asDouble(25);
                boolean good = p != null && p.place().kmTo(loc.path("lat").asDouble(), loc.path("lon").asDouble()) <= tol;
                ok += good ? 1 : 0;
            }
        }
        System.out.printf("required events: %d; place within the gold tolerance (v1 geocoder): %d (%.1f %%)%n", n, ok, 100.0 * ok / n);
    }
}
