package id.pantau.pipeline;

/** The result of cleaning one raw document: metadata plus the clean body. */
public record Cleaned(String title, String published, String source, String url, String text) {
}
