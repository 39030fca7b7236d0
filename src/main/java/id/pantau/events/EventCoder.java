package id.pantau.events;

import id.pantau.actors.ActorDictionary;
import id.pantau.actors.ActorMention;
import id.pantau.actors.ClaimantMention;
import id.pantau.geo.Gazetteer;
import id.pantau.geo.Geocoder;
import id.pantau.geo.PlaceMention;
import id.pantau.nlp.DateMention;
import id.pantau.nlp.DateResolver;
import id.pantau.nlp.Dateline;
import id.pantau.nlp.SentenceSplitter;
import id.pantau.nlp.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Codes the events one clean article reports. Each sentence with a trigger (and none of the
 * guide's "not an event" signs: plans, threats, disasters, trials, long-period summaries) becomes
 * a mention with its place, date, actors and casualty claims; a sentence of figures without a
 * trigger adds to the mention before it; mentions of the same kind of event at the same place
 * (within {@value EventAssembler#SAME_PLACE_KM} km) are one event.
 */
public final class EventCoder {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateResolver dates = new DateResolver();
    private final Geocoder geocoder;
    private final Gazetteer gazetteer;
    private final ActorDictionary dictionary;
    private final EventLexicon lexicon = EventLexicon.standard();
    private final CasualtyReader casualties = new CasualtyReader(lexicon);

    public EventCoder(Gazetteer gazetteer, ActorDictionary dictionary) {
        this.gazetteer = gazetteer;
        this.geocoder = new Geocoder(gazetteer);
        this.dictionary = dictionary;
    }

    public static EventCoder standard() {
        return new EventCoder(Gazetteer.standard(), ActorDictionary.standard());
    }

    /** One sentence that reports (part of) an event. */
    record Mention(int sentence, Span span, EventLexicon.Trigger trigger, Span triggerSpan, PlaceMention place,
                   DateMention date, ActorRoles.Roles roles, List<Claim> claims, boolean lead, boolean separate) {
    }

    public List<Event> code(String docId, String text, LocalDate published) {
        List<Span> sentences = splitter.split(text);
        if (sentences.stream().noneMatch(s -> trigger(s).isPresent())) {
            return List.of(); // every event starts at a trigger: skip the gazetteer and the name finder
        }
        List<PlaceMention> places = withoutPersons(geocoder.find(text), text, sentences);
        List<ActorMention> actors = dictionary.actors(text);
        List<ClaimantMention> claimants = dictionary.claimants(text);
        List<DateMention> dateMentions = dates.resolve(text, published);
        Optional<Dateline> dateline = Dateline.find(text);
        PlaceMention datelinePlace = dateline.flatMap(d -> places.stream()
                .filter(p -> p.span().end() <= d.span().end() && !p.place().isCountry()).findFirst()).orElse(null);
        int datelineEnd = dateline.map(d -> d.span().end()).orElse(0);
        int firstParagraphEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        boolean countriesOnly = places.stream().allMatch(p -> p.place().isCountry() || p.place().isRegion());
        boolean militantDocument = actors.stream().anyMatch(a -> a.actor().isArmed() && !a.actor().isState())
                || lexicon.any("militant", text);

        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
            boolean lead = s.start() < firstParagraphEnd;
            List<Claim> claims = casualties.read(docId, text, s, claimants);
            Optional<Match> trig = trigger(s);
            List<ActorMention> inSentence = actors.stream().filter(a -> a.span().start() >= s.start() && a.span().end() <= s.end()).toList();
            boolean notEvent = lexicon.any("not_event", s.text());
            if (trig.isEmpty() || notEvent || !conflictContext(trig.get(), s, inSentence, claims, militantDocument)) {
                // no event of its own ("merebut kemenangan", drug arrests, plans): its figures may
                // still belong to the event told just before ("20 orang dikabarkan tewas")
                if (!notEvent && !claims.isEmpty() && !mentions.isEmpty()
                        && i - mentions.get(mentions.size() - 1).sentence() <= 3) {
                    Mention last = mentions.get(mentions.size() - 1);
                    PlaceMention here = bestPlace(places, actors, s, datelineEnd);
                    if (here == null || EventAssembler.near(here.place(), last.place() == null ? null : last.place().place())) {
                        mentions.add(new Mention(i, s, last.trigger(), last.triggerSpan(), null, null,
                                new ActorRoles.Roles(null, List.of(), null, List.of()), claims, lead, false));
                    }
                }
                continue;
            }
            Match t = trig.get();
            boolean passive = lexicon.any("passive", t.span().text().toLowerCase());
            ActorRoles.Roles roles = ActorRoles.read(inSentence, t.span(), passive);
            PlaceMention place = bestPlace(places, actors, s, datelineEnd);
            if (place == null && lead && datelinePlace != null && !claims.isEmpty()
                    && datelinePlace.place().country().equals(mainCountry(places))) {
                place = datelinePlace;
            }
            if (place == null && countriesOnly && (t.trigger().priority() >= 4 || claims.stream().anyMatch(c -> c.kind().equals("killed")))) {
                place = countryIn(places, actors, s); // only the country is named: geo precision 3 at its capital
            }
            DateMention date = dateIn(dateMentions, s);
            List<PlaceMention> towns = t.trigger().subEventType().equals("Arrests") ? townsIn(places, actors, s) : List.of();
            if (towns.size() > 1) { // "ditangkap di kota Bergen op Zoom, Arnhem, Diemen dan Wageningen": one event per town
                for (PlaceMention town : towns) {
                    mentions.add(new Mention(i, s, t.trigger(), t.span(), town, date, roles, claims, lead, false));
                }
                continue;
            }
            mentions.add(new Mention(i, s, t.trigger(), t.span(), place, date, roles, claims, lead,
                    lexicon.any("separate", s.text())));
        }
        return new EventAssembler(gazetteer).assemble(docId, mentions, ActorRoles.byFrequency(actors), dateMentions, published);
    }

    record Match(EventLexicon.Trigger trigger, Span span) {
    }

    private final id.pantau.nlp.ner.NamedEntityRecognizer ner = new id.pantau.nlp.ner.NamedEntityRecognizer();

    /** Gazetteer hits the trained name finder reads as part of a person's name ("Allen", "Soylu") are not places. */
    private List<PlaceMention> withoutPersons(List<PlaceMention> places, String text, List<Span> sentences) {
        if (places.isEmpty()) {
            return places;
        }
        List<id.pantau.nlp.ner.NamedEntityRecognizer.Entity> persons = ner.find(text, sentences).stream()
                .filter(e -> e.type().equals("PER")).toList();
        return places.stream().filter(p -> p.place().isCountry() || p.place().isRegion()
                || persons.stream().noneMatch(e -> e.span().overlaps(p.span()))).toList();
    }

    /**
     * A trigger word counts only in a conflict sentence: one that names an armed actor, gives a
     * casualty figure or speaks of weapons and fighters. Captures of territory need an armed actor;
     * arrests need militants (terror suspects, armed groups), not drug or graft suspects.
     */
    private boolean conflictContext(Match t, Span s, List<ActorMention> inSentence, List<Claim> claims, boolean militantDocument) {
        boolean armed = inSentence.stream().anyMatch(a -> a.actor().isArmed() && !a.actor().type().equals("police"));
        boolean armedNonState = inSentence.stream().anyMatch(a -> a.actor().isArmed() && !a.actor().isState());
        String type = t.trigger().eventType();
        if (t.trigger().subEventType().equals("TERRITORY")) {
            return armed;
        }
        if (type.equals("Strategic developments")) {
            return armedNonState || lexicon.any("militant", s.text()) || militantDocument;
        }
        if (type.equals("Protests") || type.equals("Riots")) {
            return true;
        }
        return armed || !claims.isEmpty() && claims.stream().anyMatch(c -> !c.kind().equals("displaced"))
                || lexicon.any("violence", s.text());
    }

    /** The country most of the document's places are in. */
    private static String mainCountry(List<PlaceMention> places) {
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        for (PlaceMention p : places) {
            n.merge(p.place().country(), 1, Integer::sum);
        }
        return n.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse("");
    }

    private Optional<Match> trigger(Span s) {
        Match best = null;
        for (EventLexicon.Trigger t : lexicon.triggers) {
            Matcher m = t.pattern().matcher(s.text());
            if (m.find() && (best == null || t.priority() > best.trigger().priority())) {
                best = new Match(t, new Span(s.start() + m.start(), s.start() + m.end(), m.group()));
            }
        }
        return Optional.ofNullable(best);
    }

    /** The most specific place in the sentence that is not part of an actor's name ("pasukan Suriah"). */
    private static PlaceMention bestPlace(List<PlaceMention> places, List<ActorMention> actors, Span s, int datelineEnd) {
        PlaceMention best = null;
        for (PlaceMention p : places) {
            if (p.span().start() < Math.max(s.start(), datelineEnd) || p.span().end() > s.end() || p.place().isCountry()) {
                continue;
            }
            boolean inActor = actors.stream().anyMatch(a -> a.span().overlaps(p.span()));
            if (inActor || p.place().feature().equals("STM")) {
                continue;
            }
            if (best == null || rank(p) < rank(best)) {
                best = p;
            }
        }
        return best;
    }

    private static List<PlaceMention> townsIn(List<PlaceMention> places, List<ActorMention> actors, Span s) {
        List<PlaceMention> out = new java.util.ArrayList<>();
        for (PlaceMention p : places) {
            if (p.span().start() >= s.start() && p.span().end() <= s.end() && !p.place().isCountry() && !p.place().isRegion()
                    && actors.stream().noneMatch(a -> a.span().overlaps(p.span()))
                    && out.stream().noneMatch(o -> o.place().kmTo(p.place().lat(), p.place().lon()) < 25)) {
                out.add(p);
            }
        }
        return out;
    }

    private static PlaceMention countryIn(List<PlaceMention> places, List<ActorMention> actors, Span s) {
        for (PlaceMention p : places) {
            if (p.place().isCountry() && p.span().start() >= s.start() && p.span().end() <= s.end()
                    && actors.stream().noneMatch(a -> a.span().overlaps(p.span()))) {
                return new PlaceMention(p.span(), p.place(), 3, false);
            }
        }
        return null;
    }

    private static int rank(PlaceMention p) {
        return p.place().isRegion() ? 2 : 1;
    }

    private static DateMention dateIn(List<DateMention> all, Span s) {
        DateMention best = null;
        for (DateMention d : all) {
            if (d.span().start() >= s.start() && d.span().end() <= s.end()
                    && (best == null || d.precision() < best.precision()
                    || d.precision() == best.precision() && d.date().isBefore(best.date()))) {
                best = d;
            }
        }
        return best;
    }
}
