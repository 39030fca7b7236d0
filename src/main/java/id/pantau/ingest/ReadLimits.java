package id.pantau.ingest;

/**
 * Size limits that keep one bad input from exhausting memory or time: the largest single document
 * (an article body, a JSON line, a WARC record) and the most bytes one file may yield once
 * decompressed (a gzip bomb, a device) that Pantau accepts.
 */
public record ReadLimits(long maxDocumentBytes, long maxFileBytes) {
    public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024 * 1024;
    public static final ReadLimits DEFAULT = new ReadLimits(8L * 1024 * 1024);

    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxFileBytes <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }

    public ReadLimits(long maxDocumentBytes) {
        this(maxDocumentBytes, DEFAULT_MAX_FILE_BYTES);
    }

    String describe() {
        return String.format("%,d bytes", maxDocumentBytes);
    }
}
