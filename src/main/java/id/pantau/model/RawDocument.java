package id.pantau.model;

import java.util.Objects;

/**
 * A document as a reader found it, before cleaning. Exactly one of {@code text} or
 * {@code html} carries the body; metadata fields may be null when the input lacks them.
 */
public record RawDocument(String docId, String source, String url, String title, String published,
                          String text, String html, Origin origin) {
    public RawDocument {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(origin, "origin");
        if ((text == null) == (html == null)) {
            throw new IllegalArgumentException("exactly one of text or html must be given for " + docId);
        }
    }

    public static RawDocument ofText(String docId, String text, Origin origin) {
        return new RawDocument(docId, null, null, null, null, text, null, origin);
    }

    public static RawDocument ofHtml(String docId, String html, Origin origin) {
        return new RawDocument(docId, null, null, null, null, null, html, origin);
    }

    public boolean isHtml() {
        return html != null;
    }

    public RawDocument withMeta(String source, String url, String title, String published) {
        return new RawDocument(docId, source, url, title, published, text, html, origin);
    }

    public RawDocument withPublished(String published) {
        return new RawDocument(docId, source, url, title, published, text, html, origin);
    }

    public RawDocument withSource(String source) {
        return new RawDocument(docId, source, url, title, published, text, html, origin);
    }
}
