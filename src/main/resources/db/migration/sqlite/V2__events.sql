-- Pantau store, schema 2: events coded from each document (one row per document-level event,
-- the export contract's JSON); cross-document merging happens when events are read.
CREATE TABLE events (
    event_id   TEXT PRIMARY KEY,
    doc_id     TEXT NOT NULL,
    event_date TEXT,
    event_type TEXT NOT NULL,
    json       TEXT NOT NULL
);
CREATE INDEX events_doc_id ON events (doc_id);
