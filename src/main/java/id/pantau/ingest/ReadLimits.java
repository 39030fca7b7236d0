package id.pantau.ingest;

/**
 * Size limits that keep one bad input from exhausting memory: the largest single document
 * (an article body, a JSON line, a WARC record) Pantau accepts.
 */
public record ReadLimits(long maxDocumentBytes) {
    public static final ReadLimits DEFAULT = new ReadLimits(8L * 1024 * 1024);

    public ReadLimits {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive");
        }
    }

    String describe() {
        return String.format("%,d bytes", maxDocumentBytes);
    }
}
