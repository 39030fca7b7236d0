package id.pantau.actors;

import id.pantau.nlp.PhraseMatcher;
import id.pantau.nlp.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Canonical names and their aliases, matched in text with {@link PhraseMatcher}. An alias of
 * three letters or fewer ("IS", "AS", "JI") must appear in capitals, so English "is" or the
 * Arabic article "as-" are not taken for it.
 */
final class NameDictionary<T> {
    private final Map<String, T> byAlias = new HashMap<>();
    private final Map<String, String> shortAliases = new HashMap<>();
    private final PhraseMatcher matcher;

    record Hit<T>(Span span, T value) {
    }

    NameDictionary(Map<String, T> aliasToValue) {
        for (var e : aliasToValue.entrySet()) {
            String key = PhraseMatcher.normalize(e.getKey()).strip();
            byAlias.putIfAbsent(key, e.getValue());
            if (e.getKey().strip().length() <= 3) {
                shortAliases.put(key, e.getKey().strip());
            }
        }
        matcher = new PhraseMatcher(byAlias.keySet());
    }

    List<Hit<T>> find(String text) {
        List<Hit<T>> out = new ArrayList<>();
        for (PhraseMatcher.Match m : matcher.find(text)) {
            String exact = shortAliases.get(m.key());
            if (exact != null && !m.span().text().equals(exact)) {
                continue;
            }
            out.add(new Hit<>(m.span(), byAlias.get(m.key())));
        }
        return out;
    }
}
