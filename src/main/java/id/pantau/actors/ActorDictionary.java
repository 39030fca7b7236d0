package id.pantau.actors;

import id.pantau.util.Resources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Armed actors and civilians ({@code actors-v1.tsv}) and the sources that claim figures
 * ({@code claimants-v1.tsv}), loaded once; a missing or malformed file fails loudly.
 */
public final class ActorDictionary {
    static final String ACTORS = "id/pantau/actors/actors-v1.tsv";
    static final String CLAIMANTS = "id/pantau/actors/claimants-v2.tsv";
    static final String FORCES = "id/pantau/actors/state-forces-v1.tsv";
    static final String COUNTRIES = "id/pantau/geo/countries.tsv";
    private final NameDictionary<Actor> actors;
    private final NameDictionary<String> claimants;
    private final Map<String, Actor> byName;

    private ActorDictionary() {
        Map<String, Actor> aliases = new LinkedHashMap<>();
        Map<String, Actor> names = new LinkedHashMap<>();
        for (String line : Resources.dataLines(ACTORS)) {
            String[] c = line.split("\t", -1);
            if (c.length != 5) {
                throw new IllegalStateException(ACTORS + ": expected 5 columns: " + line);
            }
            Actor a = new Actor(c[0], c[1], c[2], c[4]);
            names.put(a.name(), a);
            aliases.put(a.name(), a);
            for (String alias : c[3].split("\\|")) {
                aliases.putIfAbsent(alias, a);
            }
        }
        stateForces(aliases, names);
        Map<String, String> claim = new LinkedHashMap<>();
        for (String line : Resources.dataLines(CLAIMANTS)) {
            String[] c = line.split("\t", -1);
            if (c.length != 2) {
                throw new IllegalStateException(CLAIMANTS + ": expected 2 columns: " + line);
            }
            for (String alias : c[1].split("\\|")) {
                claim.putIfAbsent(alias, c[0]);
            }
        }
        actors = new NameDictionary<>(aliases);
        claimants = new NameDictionary<>(claim);
        byName = Map.copyOf(names);
    }

    /**
     * "tentara Pakistan", "polisi Swedia": each force word of {@code state-forces-v1.tsv} before each name of each
     * country of {@code countries.tsv} names that country's forces; a hand-kept actor of the same name is reused.
     */
    private static void stateForces(Map<String, Actor> aliases, Map<String, Actor> names) {
        List<String[]> forces = Resources.dataLines(FORCES).stream().map(l -> l.split("\t", -1)).toList();
        for (String[] f : forces) {
            if (f.length != 3) {
                throw new IllegalStateException(FORCES + ": expected 3 columns: " + String.join("\t", f));
            }
        }
        for (String line : Resources.dataLines(COUNTRIES)) {
            String[] c = line.split("\t", -1);
            if (c.length != 5) {
                throw new IllegalStateException(COUNTRIES + ": expected 5 columns: " + line);
            }
            for (String[] f : forces) {
                String name = f[0] + " " + c[1];
                Actor a = names.getOrDefault(name, names.get(f[0] + " the " + c[1]));
                if (a == null) {
                    a = new Actor(name, f[1], c[0], "");
                    names.put(name, a);
                }
                for (String word : f[2].split("\\|")) {
                    for (String country : c[2].split("\\|")) {
                        aliases.putIfAbsent(word + " " + country, a);
                    }
                }
            }
        }
    }

    private static final class Holder {
        static final ActorDictionary DEFAULT = new ActorDictionary();
    }

    public static ActorDictionary standard() {
        return Holder.DEFAULT;
    }

    public List<ActorMention> actors(String text) {
        return actors.find(text).stream().map(h -> new ActorMention(h.span(), h.value())).toList();
    }

    /** Claimant mentions: who the text says reported a figure. */
    public List<ClaimantMention> claimants(String text) {
        return claimants.find(text).stream().map(h -> new ClaimantMention(h.span(), h.value())).toList();
    }

    public Actor byName(String canonical) {
        return byName.get(canonical);
    }
}
