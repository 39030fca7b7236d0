package id.pantau.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * CoNLL-style NER files ({@code token<TAB>BIO-tag}, blank line between sentences), with the
 * datasets' own tag sets mapped to Pantau's three types: NER-Grit PERSON/PLACE/ORGANISATION and
 * NERP PPL/PLC/IND become PER/LOC/ORG; other types (NERP's EVT, FNB) are left out.
 */
public final class ConllReader {
    static final Map<String, String> TYPES = Map.of("PERSON", "PER", "PPL", "PER", "PLACE", "LOC", "PLC", "LOC",
            "ORGANISATION", "ORG", "ORGANIZATION", "ORG", "IND", "ORG", "LOCATION", "LOC");

    private ConllReader() {
    }

    public static List<NameSample> read(Path file) throws IOException {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    flush(tokens, tags, out);
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length < 2) {
                    throw new IOException(file + ": line without a tab: " + line);
                }
                tokens.add(c[0]);
                tags.add(c[c.length - 1].strip());
            }
        }
        flush(tokens, tags, out);
        return out;
    }

    private static void flush(List<String> tokens, List<String> tags, List<NameSample> out) {
        if (tokens.isEmpty()) {
            return;
        }
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String t = prefix.equals("O") ? null : TYPES.get(tag.substring(2));
            boolean continues = prefix.equals("I") && t != null && t.equals(type);
            if (start >= 0 && !continues) {
                spans.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        out.add(new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), true));
        tokens.clear();
        tags.clear();
    }
}
