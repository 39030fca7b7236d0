package id.pantau.store;

import id.pantau.model.CleanDocument;

/** A document read back from the store, with its ingest order and near-duplicate score. */
public record StoredDocument(long seq, CleanDocument document, Double similarity, String ingestedAt) {
    /** A document in the fields of {@code pantau docs export}, in order; the Spark job writes the same rows. */
    public static java.util.Map<String, Object> exportRow(CleanDocument d, Double similarity) {
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("doc_id", d.docId());
        row.put("source", d.source());
        row.put("url", d.url());
        row.put("title", d.title());
        row.put("published", d.published());
        row.put("language", d.language());
        row.put("text", d.text());
        row.put("duplicate_of", d.duplicateOf());
        row.put("similarity", similarity);
        row.put("origin", d.origin().describe());
        return row;
    }
}
