package id.pantau.nlp.ner;

import id.pantau.actors.ActorDictionary;
import id.pantau.actors.ActorMention;
import id.pantau.geo.Geocoder;
import id.pantau.geo.PlaceMention;
import id.pantau.nlp.SentenceSplitter;
import id.pantau.nlp.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Named entities from the trained model combined with Pantau's dictionaries: where the model
 * finds nothing, places the gazetteer resolves become LOC and the armed groups and forces the
 * actor dictionary knows become ORG. (Letting the dictionaries override the model scored worse
 * on the NER-Grit and NERP test splits: their annotation of places differs from the gazetteer's.)
 * Dictionary hits count only when capitalised, so "polisi" or "warga" are not entities.
 */
public final class EntityTagger {
    private final NamedEntityRecognizer model = new NamedEntityRecognizer();
    private final Geocoder geocoder;
    private final ActorDictionary actors;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public EntityTagger(Geocoder geocoder, ActorDictionary actors) {
        this.geocoder = geocoder;
        this.actors = actors;
    }

    public static EntityTagger standard() {
        return new EntityTagger(Geocoder.standard(), ActorDictionary.standard());
    }

    public List<NamedEntityRecognizer.Entity> tag(String text) {
        List<NamedEntityRecognizer.Entity> dict = new ArrayList<>();
        for (PlaceMention p : geocoder.find(text)) {
            dict.add(new NamedEntityRecognizer.Entity("LOC", p.span()));
        }
        for (ActorMention a : actors.actors(text)) {
            if (a.actor().isArmed() && Character.isUpperCase(a.span().text().codePointAt(0))) {
                dict.add(new NamedEntityRecognizer.Entity("ORG", a.span()));
            }
        }
        List<NamedEntityRecognizer.Entity> out = new ArrayList<>(model.find(text, splitter.split(text)));
        List<NamedEntityRecognizer.Entity> found = List.copyOf(out);
        for (NamedEntityRecognizer.Entity d : dict) {
            if (found.stream().noneMatch(e -> e.span().overlaps(d.span()))) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(e -> e.span().start()));
        return out;
    }

    /** Token-level view for evaluation: entities as [startToken, endToken) over tokens joined by spaces. */
    static List<opennlp.tools.util.Span> onTokens(List<NamedEntityRecognizer.Entity> entities, int[] tokenStarts, int[] tokenEnds) {
        List<opennlp.tools.util.Span> out = new ArrayList<>();
        for (NamedEntityRecognizer.Entity e : entities) {
            Span s = e.span();
            int a = -1, b = -1;
            for (int i = 0; i < tokenStarts.length; i++) {
                if (tokenStarts[i] == s.start()) {
                    a = i;
                }
                if (tokenEnds[i] == s.end()) {
                    b = i + 1;
                }
            }
            if (a >= 0 && b > a) {
                out.add(new opennlp.tools.util.Span(a, b, e.type()));
            }
        }
        return out;
    }
}
