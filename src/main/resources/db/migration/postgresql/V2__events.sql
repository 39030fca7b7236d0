-- Pantau store on PostgreSQL, schema 2 (as db/migration/sqlite/V2): events coded from each document (one row
-- per document-level event, the export contract's JSON); cross-document merging happens when events are read.
CREATE TABLE events (
    event_id   TEXT COLLATE "C" PRIMARY KEY,
    doc_id     TEXT COLLATE "C" NOT NULL,
    event_date TEXT COLLATE "C",
    event_type TEXT COLLATE "C" NOT NULL,
    json       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX events_doc_id ON events (doc_id);
