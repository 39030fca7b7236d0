package id.pantau.pipeline;

import id.pantau.dedup.MinHasher;
import id.pantau.lang.LanguageIdentifier;
import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;

/**
 * The pure, per-document part of an ingest: clean, fingerprint (content hash and MinHash signature) and identify
 * the language, or say why the document is rejected. Text in, record out, safe on any thread; the single-machine
 * {@link Ingestor} and the Spark job both call it, so the two paths clean alike.
 */
public final class DocumentPreparer {
    private final DocumentCleaner cleaner;
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final MinHasher minHasher = new MinHasher();

    public DocumentPreparer(DocumentCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** A prepared document: the cleaned text with its fingerprints and language, or a rejection (then the rest may be null). */
    public record Prepared(Cleaned cleaned, String hash, long[] signature, String language, Rejection rejection) {
    }

    public Prepared prepare(RawDocument doc) {
        Cleaned c;
        try {
            c = cleaner.clean(doc);
        } catch (IllegalArgumentException e) {
            return new Prepared(null, null, null, null, new Rejection(doc.origin(), "cannot clean: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // a last resort: one pathological document must not end the run
            return new Prepared(null, null, null, null, new Rejection(doc.origin(), "cannot clean (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
        if (c.text().isBlank()) {
            return new Prepared(c, null, null, null,
                    new Rejection(doc.origin(), "no article text found (the page or file holds only markup or clutter)"));
        }
        String language = languages.identify((c.title() == null ? "" : c.title() + "\n") + c.text());
        return new Prepared(c, Hashes.contentHash(c.text()), minHasher.signature(c.text()), language, null);
    }
}
