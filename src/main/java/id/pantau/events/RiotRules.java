package id.pantau.events;

import id.pantau.geo.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * What an article's riots take from the mentions around them: the arrests of their perpetrators (as their
 * captured), and the fringe of a peaceful march that clashed (as an event of its own).
 */
final class RiotRules {
    /** "Polisi menangkap 20 orang terduga pelaku pembakaran tersebut": those arrested did the riot. */
    private static final Pattern PERPETRATORS = Pattern.compile(
            "(?i)\\b(pelaku|tersangka|terduga|perusuh|provokator)\\b");

    /**
     * The arrests of a riot's perpetrators, told at its place within its days, are also the riot's captured
     * (the arrest stays an event of its own).
     */
    static void arrestsOfRioters(List<EventGroup> groups, BiPredicate<Place, Place> near) {
        for (EventGroup riot : groups) {
            if (!"Riots".equals(riot.head.eventType()) || riot.mentions.stream().anyMatch(m -> m.claims().stream()
                    .anyMatch(c -> c.kind().equals("captured")))) {
                continue;
            }
            for (EventGroup arrest : groups) {
                if (arrest == riot || !"Arrests".equals(arrest.head.subEventType())
                        || !near.test(riot.head.place().place(), arrest.head.place().place())) {
                    continue;
                }
                if (EventAssembler.daysApart(riot.date(), arrest.date())) {
                    continue;
                }
                for (Mention m : arrest.mentions) {
                    List<Claim> taken = m.claims().stream().filter(c -> c.kind().equals("captured")).toList();
                    if (!taken.isEmpty() && PERPETRATORS.matcher(m.span().text()).find()) {
                        riot.mentions.add(m.figuresOnly(taken));
                    }
                }
            }
        }
    }

    /** The riot told in the two sentences before an arrest of its perpetrators that names no place of its own. */
    static EventGroup riotBefore(List<EventGroup> groups, Mention m) {
        if (m.place() != null || m.trigger() == null || !m.trigger().has("arrest") || !PERPETRATORS.matcher(m.span().text()).find()
                || m.claims().stream().noneMatch(c -> c.kind().equals("captured"))) {
            return null;
        }
        for (EventGroup g : groups) {
            if ("Riots".equals(g.head.eventType()) && g.mentions.stream().anyMatch(x -> m.sentence() - x.sentence() >= 1
                    && m.sentence() - x.sentence() <= 2)) {
                return g;
            }
        }
        return null;
    }

    /** "secara damai, meski sempat terjadi bentrokan antara kelompok anarkis dan polisi": a fringe, not the march. */
    private static final Pattern FRINGE = Pattern.compile(
            "(?i)\\b(meski|meskipun|walau|walaupun|namun|sebagian|sekelompok|segelintir|oknum|kelompok anarkis|anarkis)\\b");

    /**
     * A peaceful demonstration during which a fringe of it clashed is two events (the guide, ACLED): the protest,
     * and the violent demonstration of the fringe. Without such a fringe, the demonstration that turned violent is
     * one riot (see {@link EventAssembler}).
     */
    static void splitFringe(List<EventGroup> groups) {
        List<EventGroup> added = new ArrayList<>();
        for (EventGroup g : groups) {
            List<Mention> fringe = g.mentions.stream().filter(m -> "Riots".equals(m.eventType()) && !m.recalled()
                    && FRINGE.matcher(m.span().text()).find()).toList();
            boolean protest = g.mentions.stream().anyMatch(m -> "Protests".equals(m.eventType()) && !m.recalled());
            if (fringe.isEmpty() || !protest || !fringe.contains(g.head) && fringe.size() == g.mentions.size()) {
                continue;
            }
            g.mentions.removeAll(fringe);
            if (fringe.contains(g.head)) {
                g.head = g.mentions.stream().filter(m -> m.place() != null).findFirst().orElse(g.mentions.get(0));
            }
            EventGroup riot = new EventGroup(fringe.get(0).place() != null ? fringe.get(0) : fringe.get(0).withPlace(g.head.place()));
            fringe.stream().skip(1).forEach(riot.mentions::add);
            if (riot.head.date() == null && g.date() != null) {
                riot.mentions.set(0, riot.head.withDate(g.date()));
                riot.head = riot.mentions.get(0);
            }
            added.add(riot);
        }
        groups.addAll(added);
    }

    private RiotRules() {
    }
}
