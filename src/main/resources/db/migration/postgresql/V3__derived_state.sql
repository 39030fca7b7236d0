-- Pantau store on PostgreSQL, schema 3 (as db/migration/sqlite/V3): derived state follows the store. Every
-- write to a document takes the next value of the store-wide change counter; the search index records the
-- counter it has caught up to, and each document the version of the event coder its events came from (NULL:
-- not coded yet, or the text changed since). Sources whose recurring lines must be learned again are queued
-- in the same transaction as the documents that changed their counts.
ALTER TABLE documents ADD COLUMN change BIGINT NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN events_stamp TEXT COLLATE "C";
CREATE INDEX documents_change ON documents (change);
CREATE INDEX documents_events_stamp ON documents (events_stamp);
CREATE TABLE counters (
    name  TEXT COLLATE "C" PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('change', 0), ('events', 0);
CREATE TABLE sources_pending (
    source TEXT COLLATE "C" PRIMARY KEY
);
