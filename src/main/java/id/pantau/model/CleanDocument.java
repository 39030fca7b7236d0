package id.pantau.model;

import java.util.Objects;

/**
 * A cleaned document as stored and exported. {@code text} is the clean body (paragraphs
 * separated by newlines); {@code duplicateOf} names the earlier document this one copies.
 */
public record CleanDocument(String docId, String source, String url, String title, String published,
                            String language, String text, String contentHash, String duplicateOf,
                            Origin origin) {
    public CleanDocument {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
    }

    public CleanDocument withDuplicateOf(String other) {
        return new CleanDocument(docId, source, url, title, published, language, text, contentHash, other, origin);
    }

    public CleanDocument withText(String newText, String newHash) {
        return new CleanDocument(docId, source, url, title, published, language, newText, newHash, duplicateOf, origin);
    }
}
