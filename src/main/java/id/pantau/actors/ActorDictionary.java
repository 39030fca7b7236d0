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
