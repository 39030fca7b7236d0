package id.pantau.events;

import id.pantau.actors.ActorDictionary;
import id.pantau.actors.ActorMention;
import id.pantau.actors.ClaimantMention;
import id.pantau.geo.Gazetteer;
import id.pantau.geo.Geocoder;
import id.pantau.geo.PlaceMention;
import id.pantau.nlp.DateMention;
import id.pantau.nlp.DateResolver;
import id.pantau.nlp.SentenceSplitter;
import id.pantau.nlp.Span;
import id.pantau.nlp.ner.NamedEntityRecognizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Codes the events one clean article reports (event coder v2). The stages, each its own class:
 * <ol>
 * <li>{@link DocumentAnalysis}: sentences, triggers ({@link EventLexicon}), actors and claimants
 * (dictionaries), places ({@link Geocoder}, with the actors' countries and the name finder's persons
 * as hints), dates ({@link DateResolver});</li>
 * <li>per sentence, {@link MentionReader}: is it an event report (a trigger in a conflict context,
 * none of the guide's "not an event" signs, and the sentence model's vote), of which type, where,
 * when, who did it to whom ({@link ActorRoles}), with which figures ({@link CasualtyReader}) and by
 * whose account ({@link ClaimantFinder});</li>
 * <li>{@link EventAssembler}: mentions of one happening (one place, compatible dates and kinds)
 * become one event; recalled happenings with their own place and day become their own events.</li>
 * </ol>
 */
public final class EventCoder {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateResolver dates = new DateResolver();
    private final Geocoder geocoder;
    private final Gazetteer gazetteer;
    private final ActorDictionary dictionary;
    private final EventLexicon lexicon = EventLexicon.standard();
    private final MentionReader reader;
    private final NamedEntityRecognizer ner = new NamedEntityRecognizer();

    public EventCoder(Gazetteer gazetteer, ActorDictionary dictionary) {
        this(gazetteer, dictionary, SentenceModel.standard());
    }

    public EventCoder(Gazetteer gazetteer, ActorDictionary dictionary, SentenceModel model) {
        this.gazetteer = gazetteer;
        this.geocoder = new Geocoder(gazetteer);
        this.dictionary = dictionary;
        this.reader = new MentionReader(lexicon, gazetteer, model);
    }

    public static EventCoder standard() {
        return new EventCoder(Gazetteer.standard(), ActorDictionary.standard());
    }

    /** What the coder knows of one article before reading its sentences. */
    record DocumentAnalysis(String docId, String text, LocalDate published, List<Span> sentences,
                            List<List<EventLexicon.Hit>> triggers, List<ActorMention> actors, List<ClaimantMention> claimants,
                            List<PlaceMention> places, List<DateMention> dates, String mainCountry, boolean militant,
                            boolean sporty, int leadEnd, boolean datedByText) {
    }

    public List<Event> code(String docId, String text, LocalDate published) {
        DocumentAnalysis doc = analyse(docId, text, published);
        if (doc == null) {
            return List.of();
        }
        List<Mention> mentions = reader.read(doc);
        if (DEBUG) {
            System.err.println("== " + docId + " published " + published);
            for (PlaceMention p : doc.places()) {
                System.err.printf("  place %s -> %s (%s %s) p%d %s%n", p.span().text(), p.place().name(), p.place().kind(),
                        p.place().country(), p.precision(), p.role());
            }
            for (Mention m : mentions) {
                System.err.printf("  [%d] %s/%s trig=%s place=%s date=%s rec=%s a1=%s a2=%s claims=%s | %s%n", m.sentence(), m.eventType(),
                        m.subEventType(), m.triggerSpan() == null ? null : m.triggerSpan().text(),
                        m.place() == null ? null : m.place().place().name(), m.date() == null ? null : m.date().date(), m.recalled(),
                        m.roles().actor1() == null ? null : m.roles().actor1().name(), m.roles().actor2() == null ? null : m.roles().actor2().name(),
                        m.claims().stream().map(c -> c.kind() + "=" + c.value() + "/" + c.claimant()).toList(),
                        m.span().text().length() > 160 ? m.span().text().substring(0, 160) : m.span().text());
            }
        }
        return new EventAssembler(gazetteer).assemble(doc, mentions);
    }

    private static final boolean DEBUG = Boolean.getBoolean("pantau.events.debug");

    /**
     * Where the coder would place an event told in the given sentences (for the geocoding harness): the
     * place its sentences name as the coder picks it, else the place told just before in the paragraph,
     * else the lead's or dateline's place, else the country named.
     */
    public List<PlaceMention> placesFor(String docId, String text, LocalDate published, List<Span> evidence) {
        DocumentAnalysis doc = analyse(docId, text, published, true);
        for (int i = 0; i < doc.sentences().size(); i++) {
            Span s = doc.sentences().get(i);
            if (evidence.stream().noneMatch(e -> e.start() < s.end() && s.start() < e.end())) {
                continue;
            }
            MentionReader.Facts f = reader.facts(doc, i, null);
            Mention m = reader.decide(doc, f);
            if (m != null && m.place() != null && !m.place().place().isCountry()) {
                List<PlaceMention> listed = reader.perPlace(doc, f, m).stream().map(Mention::place).toList();
                if (listed.size() > 1) {
                    return listed;
                }
            }
        }
        return placeFor(docId, text, published, evidence).map(List::of).orElse(List.of());
    }

    public Optional<PlaceMention> placeFor(String docId, String text, LocalDate published, List<Span> evidence) {
        DocumentAnalysis doc = analyse(docId, text, published, true);
        PlaceMention country = null;
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            Span s = doc.sentences().get(i);
            if (evidence.stream().anyMatch(e -> e.start() < s.end() && s.start() < e.end())) {
                chosen.add(i);
            }
        }
        for (int i : chosen) { // a place the evidence sentences name themselves
            MentionReader.Facts f = reader.facts(doc, i, null);
            EventLexicon.Hit trigger = f.hits().stream().max(java.util.Comparator.comparingInt(h -> h.trigger().priority())).orElse(null);
            PlaceMention p = reader.bestPlace(doc, f, trigger);
            if (p != null && !p.place().isCountry()) {
                return Optional.of(p);
            }
            if (p != null && country == null) {
                country = p;
            }
        }
        for (int i : chosen) { // else the place told just before, in the same country
            for (int back = i - 1; back >= Math.max(0, i - 2); back--) {
                PlaceMention q = reader.bestPlace(doc, reader.facts(doc, back, null), null);
                if (q != null && !q.place().isCountry() && (country == null || q.place().country().equals(country.place().country()))) {
                    return Optional.of(q);
                }
            }
        }
        PlaceMention main = new EventAssembler(gazetteer).mainPlaceOf(doc);
        return Optional.ofNullable(main != null && (country == null || main.place().country().equals(country.place().country()))
                ? main : country);
    }

    MentionReader reader() {
        return reader;
    }

    DocumentAnalysis analyse(String docId, String text, LocalDate published) {
        return analyse(docId, text, published, false);
    }

    /** The analysis the coder runs before reading mentions; null when no sentence has a trigger (unless forced). */
    DocumentAnalysis analyse(String docId, String text, LocalDate published, boolean force) {
        List<Span> sentences = splitter.split(text);
        List<List<EventLexicon.Hit>> hits = new ArrayList<>(sentences.size());
        boolean any = false;
        for (Span s : sentences) {
            List<EventLexicon.Hit> h = lexicon.triggers(text, s.start(), s.end());
            hits.add(h);
            any |= !h.isEmpty();
        }
        if (!any && !force) {
            return null; // every event starts at a trigger: skip the gazetteer and the name finder
        }
        List<ActorMention> actors = dictionary.actors(text);
        List<ClaimantMention> claimants = dictionary.claimants(text);
        Map<String, Double> actorCountries = new HashMap<>();
        for (ActorMention a : actors) {
            if (!a.actor().country().isEmpty() && a.actor().isArmed() && !a.actor().generic()) {
                actorCountries.merge(a.actor().country(), 0.5, Double::sum);
            }
        }
        actorCountries.replaceAll((k, v) -> Math.min(v, 1.5));
        List<PlaceMention> places = geocoder.find(text, new Geocoder.Hints(actorCountries, persons(text, sentences, hits)));
        boolean datedByText = false;
        if (published == null) {
            // no publication date: the latest full date the text names ("ujar Kamal di Jayapura, Rabu, 18 Desember
            // 2019") is the day it reports from, the anchor for its weekdays and the fallback day of its events
            published = dates.resolve(text, null).stream().filter(d -> d.precision() == 1).map(DateMention::date)
                    .max(java.util.Comparator.naturalOrder()).orElse(null);
            datedByText = published != null; // an anchor, not the day of publication: what lies before it is not "old"
        }
        List<DateMention> dateMentions = dates.resolve(text, published);
        Map<String, Integer> countryCount = new HashMap<>();
        for (PlaceMention p : places) {
            if (p.role() == PlaceMention.Role.PLACE || p.role() == PlaceMention.Role.CONTEXT) {
                countryCount.merge(p.place().country(), p.place().isCountry() ? 1 : 2, Integer::sum);
            }
        }
        String main = countryCount.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("ID");
        String lower = text.toLowerCase(Locale.ROOT);
        // an armed group, militants or weapons of war: a knife fight or a robbery is not political violence
        boolean militant = actors.stream().anyMatch(a -> a.actor().isArmed() && !a.actor().isState() && !a.actor().generic())
                || lexicon.any("militant", lower) || lexicon.any("war_weapon", lower);
        String sportText = MentionReader.NOT_SPORT.matcher(text).replaceAll(" ");
        boolean sporty = lexicon.find("sport", sportText, 0, sportText.length()).size() >= 3;
        int leadEnd = sentences.size() < 3 ? text.length() : sentences.get(2).end();
        return new DocumentAnalysis(docId, text, published, sentences, hits, actors, claimants, places, dateMentions, main,
                militant, sporty, leadEnd, datedByText);
    }

    /** Person names the name finder sees in sentences with a trigger and their neighbours (places are read there). */
    private List<Span> persons(String text, List<Span> sentences, List<List<EventLexicon.Hit>> hits) {
        List<Span> chosen = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            boolean near = !hits.get(i).isEmpty() || i > 0 && !hits.get(i - 1).isEmpty()
                    || i + 1 < sentences.size() && !hits.get(i + 1).isEmpty();
            if (near && sentences.get(i).end() - sentences.get(i).start() < 2000) {
                chosen.add(sentences.get(i));
            }
        }
        List<Span> out = new ArrayList<>();
        for (NamedEntityRecognizer.Entity e : ner.find(text, chosen)) {
            if (e.type().equals("PER")) {
                out.add(e.span());
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }
}
