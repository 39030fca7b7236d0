package id.pantau.clean;

import java.util.List;

/**
 * A document on its way through the cleaning stages: an optional title, the body as a list of
 * paragraphs, and a publication date when one is known (ISO-8601). Immutable.
 */
public record Draft(String title, List<String> paragraphs, String published) {
    public Draft {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Splits plain text into paragraphs at line breaks, dropping blank lines. */
    public static Draft ofText(String title, String text, String published) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Draft(title, lines, published);
    }

    public Draft withTitle(String newTitle) {
        return new Draft(newTitle, paragraphs, published);
    }

    public Draft withParagraphs(List<String> newParagraphs) {
        return new Draft(title, newParagraphs, published);
    }

    public Draft withPublished(String newPublished) {
        return new Draft(title, paragraphs, newPublished);
    }

    /** The body as stored: paragraphs joined by single newlines. */
    public String body() {
        return String.join("\n", paragraphs);
    }
}
