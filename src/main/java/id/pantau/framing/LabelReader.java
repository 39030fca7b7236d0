package id.pantau.framing;

import id.pantau.actors.Actor;
import id.pantau.actors.ActorDictionary;
import id.pantau.actors.ActorMention;
import id.pantau.framing.LabelLexicon.Entry;
import id.pantau.framing.LabelLexicon.Hit;
import id.pantau.framing.LabelLexicon.Kind;
import id.pantau.framing.LabelLexicon.Side;
import id.pantau.nlp.PhraseMatcher;
import id.pantau.nlp.SentenceSplitter;
import id.pantau.nlp.Span;
import id.pantau.nlp.Tokenizer;
import id.pantau.util.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the labels a text wraps around armed actors: text in, {@link ActorLabel}s out. A label of
 * {@code labels-v1.tsv} is attached, in this order, to the actor whose name contains it ("rezim Assad",
 * "KKB"), to the actor it names by convention ("Nushairiyah"), to a country's forces when a state label
 * stands before the country's name ("agresor AS"), to the name that follows it in the same noun phrase
 * ("kelompok militan ekstrem ISIS", "milisi pro-pemerintah, yang dikenal sebagai Liwa al-Quds"), to the
 * name it follows ("HTS yang terkait dengan al-Qaeda", "Liwa al-Quds adalah milisi elit", "SDF yang
 * didukung AS"), and, for an epithet standing alone ("para jihadis", "ratusan teroris"), to the nearest
 * armed actor of its side named in the last three sentences, or else the one the article names most.
 * Catch-all names of the actor dictionary ("militan", "pasukan pemerintah") are read the same way, so
 * "para jihadis" in a story about the Islamic State is the Islamic State's label. Pure and thread-safe.
 */
public final class LabelReader {
    private static final String COUNTRIES = "id/pantau/geo/countries.tsv";
    /** Words that may stand between a label and the name it wraps ("ratusan teroris bersenjata dari kelompok ISIS"). */
    private static final Set<String> GLUE = Set.of("kelompok", "para", "sejumlah", "seorang", "sebuah", "beberapa", "ratusan", "puluhan",
            "ribuan", "belasan", "bersenjata", "anggota", "gabungan", "lokal", "asing", "internasional", "syiah", "sunni", "kurdi",
            "lebanon", "libanon", "irak", "suriah", "afiliasi", "sel", "faksi", "unit", "jaringan", "organisasi");
    private static final Set<String> COPULA = Set.of("adalah", "merupakan", "ialah", "yakni", "yaitu", "salah", "satu", "sebuah");
    private static final Set<String> COORDINATION = Set.of("dan", "serta", "atau", ",", "maupun", "dengan");
    /** How many sentences back an epithet standing alone looks for the actor it refers to. */
    private static final int WINDOW = 2;
    private static final int CONTEXT = 320;

    private final ActorDictionary actors;
    private final LabelLexicon lexicon;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final PhraseMatcher countryMatcher;
    private final Map<String, String[]> countries = new HashMap<>(); // normalised name -> {English name, Indonesian name}

    public LabelReader(ActorDictionary actors, LabelLexicon lexicon) {
        this.actors = actors;
        this.lexicon = lexicon;
        for (String line : Resources.dataLines(COUNTRIES)) {
            String[] c = line.split("\t", -1);
            if (c.length != 5) {
                throw new IllegalStateException(COUNTRIES + ": expected 5 columns: " + line);
            }
            String[] names = c[2].split("\\|");
            for (String n : names) {
                countries.putIfAbsent(PhraseMatcher.normalize(n.strip()), new String[] {c[1], names[0].strip()});
            }
            countries.putIfAbsent("as", new String[] {"United States", "AS"});
        }
        countryMatcher = new PhraseMatcher(countries.keySet());
    }

    private static final class Holder {
        static final LabelReader DEFAULT = new LabelReader(ActorDictionary.standard(), LabelLexicon.standard());
    }

    /** The reader over the bundled actor dictionary and label lexicon, loaded on first use. */
    public static LabelReader standard() {
        return Holder.DEFAULT;
    }

    private record Sentence(int index, Span span, List<Span> tokens, List<ActorMention> mentions, List<Hit> hits) {
    }

    public List<ActorLabel> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Sentence> sentences = new ArrayList<>();
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Span s : splitter.split(text)) {
            List<ActorMention> ms = new ArrayList<>();
            ActorMention last = null;
            for (ActorMention m : actors.actors(s.text())) {
                ms.add(new ActorMention(shift(m.span(), s.start()), m.actor()));
                // "Pasukan Demokratik Suriah (SDF)": a name and its acronym in brackets are one mention
                boolean bracketed = last != null && last.actor().equals(m.actor())
                        && s.text().substring(last.span().end(), m.span().start()).strip().equals("(");
                if (named(m.actor()) && !bracketed) {
                    named.merge(m.actor().name(), 1, Integer::sum);
                }
                last = m;
            }
            List<Hit> hs = new ArrayList<>();
            for (Hit h : lexicon.find(s.text())) {
                hs.add(new Hit(shift(h.span(), s.start()), h.entry()));
            }
            sentences.add(new Sentence(sentences.size(), s, tokenizer.tokenize(text, s.start(), s.end()), ms, hs));
        }
        // first the labels that stand with a name, outside quotes: the outlet's own stance towards each actor
        List<int[]> quotes = id.pantau.nlp.Quotations.stretches(text);
        Map<String, java.util.EnumSet<Stance>> stances = new HashMap<>();
        Map<String, Set<String>> worn = new HashMap<>();
        // an attachment found without references is final: resolving references only adds to it
        Map<Hit, Attachment> direct = new HashMap<>();
        for (Sentence s : sentences) {
            for (Hit h : s.hits()) {
                Attachment a = attach(text, s, h, sentences, new Refs(named, Map.of(), Map.of(), false));
                if (a == null) {
                    continue;
                }
                direct.put(h, a);
                worn.computeIfAbsent(a.actor(), k -> new java.util.HashSet<>()).add(h.entry().label());
                if (quotes.stream().noneMatch(q -> q[0] <= h.span().start() && h.span().end() <= q[1])) {
                    stances.computeIfAbsent(a.actor(), k -> java.util.EnumSet.noneOf(Stance.class)).add(h.entry().stance());
                }
            }
        }
        Refs refs = new Refs(named, stances, worn, true);
        Map<String, ActorLabel> out = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            Map<Hit, String> attached = new LinkedHashMap<>();
            for (Hit h : s.hits()) {
                Attachment a = direct.containsKey(h) ? direct.get(h) : attach(text, s, h, sentences, refs);
                if (a != null) {
                    attached.put(h, a.actor());
                    add(out, text, s, h, a);
                }
            }
            // a modifier left over takes the actor of the head it follows ("kelompok militan ekstrem" standing alone)
            for (Hit h : s.hits()) {
                if (attached.containsKey(h) || h.entry().kind() != Kind.MODIFIER) {
                    continue;
                }
                for (var e : attached.entrySet()) {
                    if (e.getKey().span().end() <= h.span().start() && glueBetween(text, s, e.getKey().span().end(), h.span().start(), false) >= 0) {
                        add(out, text, s, h, new Attachment(e.getValue(), "", "with-head"));
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    private record Attachment(String actor, String mention, String how, String label, int end) {
        Attachment(String actor, String mention, String how) {
            this(actor, mention, how, null, -1);
        }
    }

    /**
     * "SDF yang didukung AS", "kelompok dukungan Saudi ini": a sponsor marker and the sponsor's name after it
     * (label words between are skipped: "didukung agresor AS") make the label "didukung" + the sponsor,
     * attached to the name the phrase belongs to or follows.
     */
    private Attachment sponsor(String text, Sentence s, Hit h, List<Sentence> all, Refs named) {
        int at = h.span().end();
        for (Span t : s.tokens()) {
            if (t.start() < at) {
                continue;
            }
            boolean label = false;
            for (Hit o : s.hits()) {
                label |= o != h && o.span().start() <= t.start() && t.end() <= o.span().end();
            }
            if (label || t.text().equalsIgnoreCase("oleh")) {
                continue;
            }
            if (!Character.isUpperCase(t.text().charAt(0))) {
                return null;
            }
            String name = t.text();
            int end = t.end();
            String country = countryAt(text, s, t.start());
            if (country != null) {
                for (PhraseMatcher.Match m : countryMatcher.find(text.substring(t.start(), Math.min(s.span().end(), t.start() + 40)))) {
                    name = countries.get(m.key())[1];
                    end = t.start() + m.span().end();
                    break;
                }
            }
            String label2 = "didukung " + name;
            Hit whole = new Hit(new Span(h.span().start(), end, text.substring(h.span().start(), end)), h.entry());
            for (ActorMention m : s.mentions()) {
                if (m.span().start() <= whole.span().start() && whole.span().start() < m.span().end()) {
                    Attachment a = ofMention(text, s, whole, m, all, named, "inside");
                    return new Attachment(a.actor(), a.mention(), a.how(), label2, end);
                }
            }
            ActorMention before = null;
            for (ActorMention m : s.mentions()) {
                if (m.span().end() <= h.span().start()) {
                    before = m;
                }
            }
            if (before != null && glueBetween(text, s, before.span().end(), h.span().start(), true) >= 0) {
                Attachment a = ofMention(text, s, whole, before, all, named, "after");
                return new Attachment(a.actor(), a.mention(), a.how(), label2, end);
            }
            if (followedByDemonstrative(s, end)) {
                if (!named.resolve()) {
                    return null;
                }
                String ref = antecedent(s, h.span().start(), Side.NONSTATE, h.entry().stance(), h.entry().label(), true, all, named);
                return ref == null ? null : new Attachment(ref, "", "reference", label2, end);
            }
            return null;
        }
        return null;
    }

    /** "kelompok dukungan Saudi ini": the phrase ends in a demonstrative, so it refers back. */
    private static boolean followedByDemonstrative(Sentence s, int at) {
        for (Span t : s.tokens()) {
            if (t.start() >= at) {
                return t.text().toLowerCase(Locale.ROOT).matches("ini|itu|tersebut");
            }
        }
        return false;
    }

    private static Span shift(Span s, int by) {
        return new Span(s.start() + by, s.end() + by, s.text());
    }

    /** An organisation the dictionary names, not a catch-all ("militan") or civilians. */
    private static boolean named(Actor a) {
        return !a.generic() && a.isArmed() && !a.name().equals("Government forces");
    }

    private static boolean onSide(Actor a, Side side) {
        boolean state = a.isState() || a.type().equals("external");
        return side == Side.STATE ? state : !state;
    }

    private Attachment attach(String text, Sentence s, Hit h, List<Sentence> all, Refs named) {
        Entry e = h.entry();
        if (talkedAbout(s, h)) {
            return null;
        }
        if (e.kind() == Kind.SPONSOR) {
            return sponsor(text, s, h, all, named);
        }
        for (ActorMention m : s.mentions()) {
            if (m.span().start() <= h.span().start() && h.span().end() <= m.span().end()) {
                if (e.actor() != null && !e.actor().equals(m.actor().name())) {
                    return null; // a word of another group's name: "Daulah" in "Jamaah Ansharut Daulah" is not the Islamic State's
                }
                return ofMention(text, s, h, m, all, named, "inside");
            }
        }
        if (e.actor() != null && actors.byName(e.actor()) != null) {
            if (h.span().text().length() <= 3 && !named.named().containsKey(e.actor())) {
                return null; // an acronym alone ("KST" is also Korea Standard Time) needs its actor named in the article
            }
            return new Attachment(e.actor(), "", "convention");
        }
        if (e.kind() == Kind.SPONSOR) {
            return null; // read with its sponsor's name (sponsor()), never alone
        }
        if (e.side() == Side.STATE && e.kind() == Kind.HEAD) {
            String country = countryAt(text, s, h.span().end());
            for (String name : country == null ? new String[0] : new String[] {"Military Forces of " + country, "Military Forces of the " + country}) {
                if (actors.byName(name) != null) {
                    return new Attachment(name, "", "country");
                }
            }
        }
        if (e.kind() == Kind.HEAD || e.kind() == Kind.MODIFIER) {
            for (ActorMention m : s.mentions()) {
                if (m.span().start() >= h.span().end()) {
                    if (glueBetween(text, s, h.span().end(), m.span().start(), false) >= 0) {
                        return ofMention(text, s, h, m, all, named, "before");
                    }
                    break;
                }
            }
        }
        ActorMention before = null;
        for (ActorMention m : s.mentions()) {
            if (m.span().end() <= h.span().start()) {
                before = m;
            }
        }
        if (before != null) {
            int copulas = glueBetween(text, s, before.span().end(), h.span().start(), true);
            if (copulas > 0 || copulas == 0 && e.kind() != Kind.HEAD) {
                return ofMention(text, s, h, before, all, named, "after");
            }
        }
        if (e.kind() == Kind.HEAD && e.side() != Side.NONE && named.resolve() && !coordinated(text, s, h)) {
            if (allied(s, h)) {
                return null; // "sekutu milisi": the allies of a side, not an actor the dictionary names
            }
            Side side = e.side();
            String a = antecedent(s, h.span().start(), side, e.stance(), e.label(), false, all, named);
            return a == null ? null : new Attachment(a, "", "reference");
        }
        return null;
    }

    /** The mention's actor, or for a catch-all name ("para jihadis", "pasukan pemerintah") the actor it stands for. */
    private Attachment ofMention(String text, Sentence s, Hit h, ActorMention m, List<Sentence> all, Refs named, String how) {
        Actor a = m.actor();
        if (!named(a) && a.isArmed()) {
            // "kelompok militan ekstrem ISIS": a catch-all word heading a name is that name's label
            for (ActorMention next : s.mentions()) {
                if (next.span().start() >= m.span().end() && named(next.actor())) {
                    if (glueBetween(text, s, m.span().end(), next.span().start(), false) >= 0) {
                        return new Attachment(next.actor().name(), next.span().text(), "before");
                    }
                    break;
                }
            }
            // "Jaisyul Islam adalah kelompok pemberontak": a catch-all word after a name and a copula labels that name
            ActorMention before = null;
            for (ActorMention prev : s.mentions()) {
                if (prev.span().end() <= m.span().start()) {
                    before = prev;
                }
            }
            if (before != null && named(before.actor()) && glueBetween(text, s, before.span().end(), m.span().start(), true) > 0) {
                return new Attachment(before.actor().name(), before.span().text(), "after");
            }
            Side side = a.name().equals("Government forces") ? Side.STATE : h.entry().side();
            if (side != Side.NONE && !named.resolve()) {
                return null;
            }
            if (side != Side.NONE && !coordinated(text, s, new Hit(m.span(), h.entry()))) {
                if (allied(s, new Hit(m.span(), h.entry()))) {
                    return null;
                }
                String ref = antecedent(s, m.span().start(), side, h.entry().stance(), h.entry().label(), false, all, named);
                if (ref != null) {
                    return new Attachment(ref, m.span().text(), how + "+reference");
                }
            }
        }
        return new Attachment(a.name(), m.span().text(), how);
    }

    /**
     * Tokens between {@code from} and {@code to} that may stand inside one noun phrase: -1 when some cannot,
     * else the number of copula words among them ("adalah", "merupakan", "salah satu"), which only the
     * words after a name may hold ({@code after}).
     */
    private int glueBetween(String text, Sentence s, int from, int to, boolean after) {
        int n = 0, copulas = 0;
        List<Span> gap = new ArrayList<>();
        for (Span t : s.tokens()) {
            if (t.start() >= from && t.end() <= to) {
                gap.add(t);
            }
        }
        for (int i = 0; i < gap.size(); i++) {
            Span t = gap.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean label = false;
            for (Hit h : s.hits()) {
                label |= h.span().start() <= t.start() && t.end() <= h.span().end();
            }
            String next = i + 1 < gap.size() ? gap.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
            if (label || GLUE.contains(w) || w.matches("\\d[\\d.,]*") || w.equals("dari") && next.equals("kelompok")) {
                n++;
            } else if (w.equals("yang") && (after || next.equals("dikenal"))) {
                n++;
            } else if ((w.equals("dikenal") || w.equals("sebagai") || w.equals("dengan")) && i > 0
                    && gap.get(i - 1).text().toLowerCase(Locale.ROOT).matches("yang|dikenal")) {
                n++;
            } else if (w.equals(",") && (next.equals("yang") || after && COPULA.contains(next))) {
                n++;
            } else if (after && COPULA.contains(w)) {
                copulas++;
                n++;
            } else {
                return -1;
            }
        }
        return n > 5 ? -1 : copulas;
    }

    /** The English name of the country whose name starts right after {@code at} (spaces aside), or null. */
    private String countryAt(String text, Sentence s, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (start >= s.span().end()) {
            return null;
        }
        for (PhraseMatcher.Match m : countryMatcher.find(text.substring(start, Math.min(s.span().end(), start + 40)))) {
            if (m.span().start() == 0 && Character.isUpperCase(m.span().text().charAt(0))) {
                return countries.get(m.key())[0];
            }
            break;
        }
        return null;
    }

    /** "stigma kriminal", "label teroris", "istilah KKB": the word is talked about, not put on anyone. */
    private static boolean talkedAbout(Sentence s, Hit h) {
        Span prev = null;
        for (Span t : s.tokens()) {
            if (t.end() <= h.span().start() && Character.isLetter(t.text().charAt(0))) {
                prev = t;
            }
        }
        return prev != null && METALINGUISTIC.contains(prev.text().toLowerCase(Locale.ROOT));
    }

    /** Words that tie members to their group: "jaringan JAD", "anggota MIT", "pengikut ISIS". */
    private static final Set<String> MEMBERSHIP = Set.of("jaringan", "anggota", "kelompok", "sel", "pengikut", "simpatisan", "faksi", "bagian",
            "organisasi", "afiliasi", "kader", "tergabung");

    private static final Set<String> METALINGUISTIC = Set.of("stigma", "cap", "label", "istilah", "sebutan", "julukan", "predikat", "stempel");

    /** "pejuang sekutu", "sekutu milisi": some side's allies, an actor no name of the dictionary stands for. */
    private static boolean allied(Sentence s, Hit h) {
        Span prev = null, next = null;
        for (Span t : s.tokens()) {
            if (t.end() <= h.span().start()) {
                prev = t;
            } else if (t.start() >= h.span().end() && next == null) {
                next = t;
            }
        }
        return prev != null && prev.text().equalsIgnoreCase("sekutu") || next != null && next.text().equalsIgnoreCase("sekutu");
    }

    /** "ISIS dan pemberontak": an epithet joined to a name by "dan", "serta" or a comma is another actor. */
    private static boolean coordinated(String text, Sentence s, Hit h) {
        Span prev = null, before = null;
        for (Span t : s.tokens()) {
            if (t.end() <= h.span().start() && !t.text().equalsIgnoreCase("para")) {
                before = prev;
                prev = t;
            }
        }
        if (prev == null || before == null || !COORDINATION.contains(prev.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int end = before.end();
        return s.mentions().stream().anyMatch(m -> m.span().end() == end);
    }

    /**
     * The actor an epithet standing alone refers to: the armed actor of its side the article names most
     * (the first named on a tie): "para jihadis", "ratusan gerilyawan" are the group the story is about, even
     * where another group was named last ("SDF menangkap ratusan gerilyawan"); an actor the outlet itself labels
     * with the opposite stance is left out. With {@code nearest}
     * ("kelompok ... ini"), the nearest such actor named before it in this or the last two sentences.
     */
    private String antecedent(Sentence s, int at, Side side, Stance stance, String label, boolean nearest, List<Sentence> all, Refs refs) {
        // the nearest actor named before (with nearest), or the nearest that already wears this very label
        // ("Seorang milisi ..., Liwa al-Quds ... milisi mengatakan")
        for (int i = s.index(); i >= Math.max(0, s.index() - WINDOW); i--) {
            List<ActorMention> ms = all.get(i).mentions();
            for (int j = ms.size() - 1; j >= 0; j--) {
                ActorMention m = ms.get(j);
                if ((i < s.index() || m.span().start() < at) && named(m.actor()) && onSide(m.actor(), side)
                        && (nearest || refs.wears(m.actor().name(), label)) && !refs.opposed(m.actor().name(), stance)) {
                    return m.actor().name();
                }
            }
        }
        if (nearest) {
            return null;
        }
        // "lima terduga teroris yang ditangkap ... merupakan jaringan JAD": the sentence names the group after the epithet
        Span prev = null;
        int gap = 0;
        for (Span t : s.tokens()) {
            if (t.start() <= at) {
                continue;
            }
            if (++gap > 15) {
                break;
            }
            for (ActorMention m : s.mentions()) {
                if (m.span().start() == t.start() && prev != null && MEMBERSHIP.contains(prev.text().toLowerCase(Locale.ROOT))
                        && named(m.actor()) && onSide(m.actor(), side) && !refs.opposed(m.actor().name(), stance)) {
                    return m.actor().name();
                }
            }
            prev = t;
        }
        String best = null;
        int most = 0;
        for (String name : refs.named().keySet()) { // in order of first mention
            Actor a = actors.byName(name);
            int n = refs.named().get(name);
            if (a != null && onSide(a, side) && n > most && !refs.opposed(name, stance)) {
                best = name;
                most = n;
            }
        }
        return best;
    }

    /**
     * What references are resolved against: the named actors, with their mentions, in order of first mention, and
     * the stances of the labels the outlet itself (outside quotes) puts next to their names.
     */
    private record Refs(Map<String, Integer> named, Map<String, java.util.EnumSet<Stance>> stances, Map<String, Set<String>> labels,
                        boolean resolve) {
        boolean wears(String actor, String label) {
            return labels.getOrDefault(actor, Set.of()).contains(label);
        }

        /** An outlet that calls a militia "perlawanan" does not call it "teroris" in the next paragraph. */
        boolean opposed(String actor, Stance stance) {
            var s = stances.get(actor);
            return s != null && (stance == Stance.DELEGITIMISING && s.contains(Stance.SYMPATHETIC)
                    || stance == Stance.SYMPATHETIC && s.contains(Stance.DELEGITIMISING));
        }
    }

    private void add(Map<String, ActorLabel> out, String text, Sentence s, Hit h, Attachment a) {
        Actor actor = actors.byName(a.actor());
        String label = a.label() != null ? a.label() : h.entry().label();
        int end = a.end() > 0 ? a.end() : h.span().end();
        String key = h.span().start() + ":" + a.actor() + ":" + label;
        out.putIfAbsent(key, new ActorLabel(h.span().start(), end, label, h.entry().stance(),
                actor == null ? a.actor() : actor.name(), text.substring(h.span().start(), end), a.mention(),
                context(text, s.span(), h.span()), a.how()));
    }

    /** The sentence, or a window of it around the label when the sentence is long. */
    static String context(String text, Span sentence, Span label) {
        int from = sentence.start(), to = sentence.end();
        if (to - from > CONTEXT) {
            from = Math.max(sentence.start(), label.start() - CONTEXT / 2);
            to = Math.min(sentence.end(), from + CONTEXT);
        }
        return text.substring(from, to).strip().replaceAll("\\s+", " ");
    }
}
