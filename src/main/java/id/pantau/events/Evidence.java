package id.pantau.events;

/** A span of a document's clean text that supports an event. */
public record Evidence(String docId, int start, int end, String text) {
}
