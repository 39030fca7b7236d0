package id.pantau.geo;

import id.pantau.nlp.PhraseMatcher;
import id.pantau.util.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The places Pantau knows: {@code places-v1.tsv.gz} (GeoNames cities500 plus hand-kept countries,
 * regions, exonyms and a supplement; built by scripts/build-gazetteer.py). Loaded once, lazily;
 * a missing file fails loudly. Names that are everyday Indonesian words are not matched
 * ({@code place-stopwords-id.txt}).
 */
public final class Gazetteer {
    public static final String RESOURCE = "id/pantau/geo/places-v1.tsv.gz";
    private static final String STOPWORDS = "id/pantau/geo/place-stopwords-id.txt";

    private final Map<String, List<Place>> byName;
    private final Map<String, Place> byId;
    private final PhraseMatcher matcher;

    private Gazetteer(List<Place> places, Set<String> stopwords) {
        Map<String, List<Place>> names = new HashMap<>();
        Map<String, Place> ids = new HashMap<>();
        for (Place p : places) {
            ids.put(p.id(), p);
            for (String n : p.names()) {
                String k = PhraseMatcher.normalize(n).strip();
                if (k.length() < 3 || stopwords.contains(k)) {
                    continue;
                }
                List<Place> l = names.computeIfAbsent(k, x -> new ArrayList<>(1));
                if (!l.contains(p)) {
                    l.add(p);
                }
            }
        }
        byName = names;
        byId = ids;
        matcher = new PhraseMatcher(names.keySet());
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = load();
    }

    public static Gazetteer standard() {
        return Holder.DEFAULT;
    }

    private static Gazetteer load() {
        List<Place> places = new ArrayList<>(40_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Resources.open(RESOURCE)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                places.add(new Place(c[0], c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3]), c[4], c[5], c[6],
                        Long.parseLong(c[7]), Arrays.asList(c[8].split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled gazetteer " + RESOURCE, e);
        }
        return new Gazetteer(places, Set.copyOf(Resources.dataLines(STOPWORDS).stream().map(String::strip).toList()));
    }

    public PhraseMatcher matcher() {
        return matcher;
    }

    public List<Place> lookup(String normalizedName) {
        return byName.getOrDefault(normalizedName, List.of());
    }

    public Place byId(String id) {
        return byId.get(id);
    }

    /** The country entry ("C" + ISO code), or null. */
    public Place country(String iso2) {
        return byId.get("C" + iso2);
    }
}
