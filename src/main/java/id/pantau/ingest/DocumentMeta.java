package id.pantau.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What a user tells about documents whose inputs carry it not (plain-text files): a CSV with the columns
 * {@code doc_id,published} and optionally {@code source}, read by {@code pantau ingest --dates} and
 * {@code pantau spark ingest --dates} alike. Both maps are by document id; blank cells are left out.
 */
public record DocumentMeta(Map<String, String> published, Map<String, String> sources) implements java.io.Serializable {
    public static final DocumentMeta NONE = new DocumentMeta(Map.of(), Map.of());

    public DocumentMeta {
        published = Map.copyOf(published);
        sources = Map.copyOf(sources);
    }

    /** Reads the CSV; a missing header column or an unreadable file is an {@link IllegalArgumentException} naming the file. */
    public static DocumentMeta read(Path csv) {
        Map<String, String> published = new HashMap<>(), sources = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (!rec.isMapped("doc_id") || !rec.isMapped("published")) {
                    throw new IllegalArgumentException(csv + ": needs a header with columns doc_id,published");
                }
                String id = rec.get("doc_id").strip();
                if (rec.isMapped("source") && !rec.get("source").isBlank()) {
                    sources.put(id, rec.get("source").strip());
                }
                if (!rec.get("published").isBlank()) {
                    published.put(id, rec.get("published").strip());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        return new DocumentMeta(published, sources);
    }
}
