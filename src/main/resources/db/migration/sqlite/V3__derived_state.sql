-- Pantau store, schema 3: derived state follows the store. Every write to a document (ingest, learned
-- boilerplate, its events) takes the next value of the store-wide change counter; the search index
-- records in its commit the counter it has caught up to, and each document records the version of the
-- event coder its events came from (NULL: not coded yet, or the text changed since). Sources whose
-- recurring lines must be learned again are queued in the same transaction as the documents that
-- changed their counts, so a killed run leaves the work queued, not lost.
ALTER TABLE documents ADD COLUMN change INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN events_stamp TEXT;
CREATE INDEX documents_change ON documents (change);
CREATE INDEX documents_events_stamp ON documents (events_stamp);
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) VALUES ('change', 0), ('events', 0);
CREATE TABLE sources_pending (
    source TEXT PRIMARY KEY
);
