package id.pantau.events;

import id.pantau.actors.Actor;
import id.pantau.actors.ActorMention;
import id.pantau.nlp.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did what to whom, read from Indonesian voice: in the active (meN-) voice the actor before
 * the verb initiated it; in the passive (di- … oleh X, "mendapat serangan dari X") the actor after
 * it did. Other armed actors on the same side become associated actors.
 */
final class ActorRoles {
    /** Pro-government forces that ACLED codes as fighting alongside the state. */
    private static final Set<String> PRO_GOVERNMENT = Set.of("NDF: National Defence Forces", "Liwa al-Quds", "Hezbollah",
            "PMF: Popular Mobilization Forces", "Military Forces of Iran - IRGC", "Military Forces of Russia");

    record Roles(Actor actor1, List<Actor> assoc1, Actor actor2, List<Actor> assoc2) {
    }

    /** A verb of saying right after an actor (two words may come between: "Polisi Inggris menyebut", "Kepolisian Manchester sudah memastikan"). */
    private static final Pattern SPEAKS = Pattern.compile("(?i)^\\s*(\\p{L}+\\s+){0,2}(menyebut|menyebutkan|mengatakan|menyatakan|menjelaskan|"
            + "melaporkan|membenarkan|mengungkapkan|menuturkan|menduga|memastikan|menegaskan|mengonfirmasi|mengumumkan)\\b");

    /** "mereka", "pihaknya", "kami": a speaker telling its own deed ("SDF mengatakan mereka hampir mengalahkan ISIS"). */
    private static final Pattern SELF = Pattern.compile("(?i)\\b(mereka|pihaknya|kami|pasukannya|pejuangnya|anggotanya)\\b");

    private static boolean speaksOfOthers(String text, int end) {
        Matcher say = SPEAKS.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (!say.lookingAt()) {
            return false;
        }
        int after = end + say.end();
        return !SELF.matcher(text.substring(after, Math.min(text.length(), after + 30))).find();
    }

    /** An attack named as a noun: "serangan", "penembakan", "serbuan" (of its doer: "serangan militan Rohingya"). */
    private static final Pattern NOMINAL = Pattern.compile("(?i)(serangan|penyerangan|penembakan|pengeboman|pemboman|serbuan|gempuran|agresi|invasi)");
    /** Words between that noun and an actor that make the actor its target or its place, not its doer. */
    private static final Pattern NOT_GENITIVE = Pattern.compile("(?i)\\b(terhadap|ke|atas|melawan|kepada|pada|di|dari|dan|yang|untuk|bagi|menuju|antara|"
            + "ini|itu|tersebut|[,.;:\"“”(])|[,.;:\"“”(]");

    /**
     * Roles in the sentence {@code text} (the document's text; spans index it). A noun of attack followed at once
     * by an actor ("serangan udara koalisi", "serangan militan Rohingya") is that actor's attack: read like the passive.
     */
    static Roles read(String text, List<ActorMention> inSentence, Span trigger, boolean passive) {
        // "Polisi menyebut pelaku adalah pengebom bunuh diri": who speaks of the deed did not do it
        inSentence = inSentence.stream().filter(m -> m.span().end() > trigger.start() || !speaksOfOthers(text, m.span().end())).toList();
        if (!passive && NOMINAL.matcher(trigger.text()).matches()) {
            ActorMention next = inSentence.stream().filter(m -> m.span().start() >= trigger.end())
                    .min(java.util.Comparator.comparingInt(m -> m.span().start())).orElse(null);
            if (next != null && next.actor().isArmed()) {
                String gap = text.substring(trigger.end(), next.span().start());
                if (gap.strip().split("\\s+").length <= 2 && !NOT_GENITIVE.matcher(gap).find()) {
                    passive = true;
                }
            }
        }
        if (passive) {
            // "lima terduga teroris yang ditangkap di Antapani merupakan jaringan JAD": the doer of a passive verb follows it
            // at once ("ditangkap polisi") or after "oleh"/"dari"; a group named in a later clause did not do it
            inSentence = inSentence.stream().filter(m -> m.span().start() < trigger.end()
                    || agentGap(text.substring(trigger.end(), Math.max(trigger.end(), m.span().start())))).toList();
        }
        return read(inSentence, trigger, passive);
    }

    private static final Pattern BY = Pattern.compile("(?i)\\b(oleh|dari|pihak)\\b");
    private static final Pattern CLAUSE = Pattern.compile("(?i)[,;:.]|\\b(merupakan|adalah|yang|karena|sebagai|namun|tetapi|dan|saat|ketika)\\b");

    private static boolean agentGap(String gap) {
        if (BY.matcher(gap).find()) {
            return !gap.contains(".");
        }
        return !CLAUSE.matcher(gap).find() && gap.strip().split("\\s+").length <= 4;
    }

    static Roles read(List<ActorMention> inSentence, Span trigger, boolean passive) {
        List<Actor> before = new ArrayList<>(), after = new ArrayList<>();
        for (ActorMention m : inSentence) {
            if (m.span().end() <= trigger.start()) {
                addDistinct(before, m.actor());
            } else if (m.span().start() >= trigger.end()) {
                addDistinct(after, m.actor());
            }
        }
        List<Actor> agents = passive ? after : before;
        List<Actor> patients = passive ? before : after;
        Actor a1 = agents.isEmpty() ? null : agents.get(0);
        Actor a2 = null;
        for (Actor p : patients) {
            if (a1 == null || !sameSide(a1, p)) {
                a2 = p;
                break;
            }
        }
        if (a1 != null && (a2 == null || a2.generic() && a2.isArmed())) {
            for (Actor x : agents) { // "SDF hampir mengalahkan Negara Islam ... setelah merebut": the foe named first
                if (x.isArmed() && !x.generic() && !sameSide(a1, x)) {
                    a2 = x;
                    break;
                }
            }
        }
        List<Actor> assoc1 = new ArrayList<>(), assoc2 = new ArrayList<>();
        for (Actor x : agents) {
            if (x != a1 && x != a2 && x.isArmed() && (a1 == null || sameSide(a1, x))) {
                assoc1.add(x);
            }
        }
        for (Actor x : patients) {
            if (x != a1 && x != a2 && x.isArmed() && a2 != null && sameSide(a2, x)) {
                assoc2.add(x);
            }
        }
        return new Roles(a1, assoc1, a2, assoc2);
    }

    /** The sides of one event, as ACLED codes them. */
    record Sides(Actor actor1, Set<Actor> assoc1, Actor actor2, Set<Actor> assoc2) {
    }

    /**
     * The sides of an event from its mentions ({@code triggered}, in text order) and the article's actors: the first
     * mention naming an initiator gives actor 1 (and its target); else the other side another sentence names; allies
     * named anywhere are associated; in violent events the article's most-named armed actors fill what is missing.
     */
    static Sides ofEvent(List<Mention> triggered, String type, List<ActorMention> mentioned) {
        Actor a1 = null, a2 = null;
        Set<Actor> assoc1 = new LinkedHashSet<>(), assoc2 = new LinkedHashSet<>();
        for (Mention m : triggered) {
            if (a1 == null && m.roles().actor1() != null) {
                a1 = m.roles().actor1();
                assoc1.addAll(m.roles().assoc1());
                if (m.roles().actor2() != null) {
                    a2 = m.roles().actor2();
                    assoc2.addAll(m.roles().assoc2());
                }
            }
        }
        if (a2 == null) {
            // the other side: a target another sentence names, else (in a battle) a doer another sentence names on the
            // other side ("tentara Suriah" attacked; "ratusan teroris ISIS ... serangan" is the side they fought); a named
            // group before a catch-all ("pemberontak")
            List<Actor> others = new ArrayList<>();
            for (Mention m : triggered) {
                Actor[] candidates = type.equals("Battles") ? new Actor[] {m.roles().actor2(), m.roles().actor1()}
                        : new Actor[] {m.roles().actor2()};
                for (Actor other : candidates) {
                    if (other != null && (a1 == null || !sameSide(a1, other)) && !others.contains(other)) {
                        others.add(other);
                    }
                }
            }
            a2 = others.stream().filter(x -> !x.generic()).findFirst().orElse(others.isEmpty() ? null : others.get(0));
        }
        // allies named in any sentence of the event fight alongside ("serangan serempak Suriah, Rusia, dan Hizbullah")
        for (Mention m : triggered) {
            for (Actor x : new Actor[] {m.roles().actor1(), m.roles().actor2()}) {
                if (x == null || x.equals(a1) || x.equals(a2) || !x.isArmed() || x.generic()) {
                    continue;
                }
                if (a1 != null && sameSide(a1, x) && (a2 == null || !sameSide(a2, x))) {
                    assoc1.add(x);
                } else if (a2 != null && sameSide(a2, x) && !sameSide(a1 == null ? x : a1, x)) {
                    assoc2.add(x);
                }
            }
        }
        List<Actor> docActors = byFrequency(mentioned);
        boolean violent = EventLexicon.family(type).equals("violence");
        for (Actor d : docActors) {
            if (!violent) {
                break;
            }
            boolean onlySpeaks = d.type().equals("police") && (type.equals("Explosions/Remote violence")
                    || type.equals("Violence against civilians")); // the police who report a bombing did not set it off
            if (a1 == null && !onlySpeaks && (a2 == null || !sameSide(a2, d))) {
                a1 = d;
            } else if (a2 == null && a1 != null && !sameSide(a1, d) && !type.equals("Explosions/Remote violence")) {
                a2 = d;
            }
        }
        return new Sides(a1, assoc1, a2, assoc2);
    }

    static boolean isGovernmentSide(Actor a) {
        return a.isState() || a.type().equals("external") || PRO_GOVERNMENT.contains(a.name());
    }

    static boolean sameSide(Actor a, Actor b) {
        return a.allied(b);
    }

    /** The armed actors of a document, most often named first. */
    static List<Actor> byFrequency(List<ActorMention> all) {
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        for (ActorMention m : all) {
            if (m.actor().isArmed()) {
                counts.merge(m.actor(), 1, Integer::sum);
            }
        }
        List<Actor> out = new ArrayList<>(counts.keySet());
        out.sort((x, y) -> counts.get(y) - counts.get(x));
        return out;
    }

    private static void addDistinct(List<Actor> list, Actor a) {
        if (!list.contains(a)) {
            list.add(a);
        }
    }
}
