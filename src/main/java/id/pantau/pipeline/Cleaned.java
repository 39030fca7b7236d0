package id.pantau.pipeline;

/**
 * The result of cleaning one raw document: metadata plus the clean body. {@code source} is the
 * canonical outlet, {@code published} the normalised timestamp; {@code unreadDate} is the given
 * publication date when it could not be read (the document then has none), else null.
 */
public record Cleaned(String title, String published, String source, String url, String text, String unreadDate) {
}
