package id.pantau.store;

import id.pantau.model.CleanDocument;

/** A document read back from the store, with its ingest order and near-duplicate score. */
public record StoredDocument(long seq, CleanDocument document, Double similarity, String ingestedAt) {
}
