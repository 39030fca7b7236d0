-- Pantau store on PostgreSQL, schema 4 (as db/migration/sqlite/V4): the framing lens. The labels each document
-- wraps around armed actors, read with the document's events by the same coding pass and replaced with them;
-- start/end are offsets into the document's clean text.
CREATE TABLE labels (
    doc_id  TEXT COLLATE "C" NOT NULL,
    start   INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    actor   TEXT COLLATE "C" NOT NULL,
    label   TEXT COLLATE "C" NOT NULL,
    stance  TEXT COLLATE "C" NOT NULL,
    surface TEXT COLLATE "C" NOT NULL,
    mention TEXT COLLATE "C" NOT NULL,
    context TEXT COLLATE "C" NOT NULL,
    how     TEXT COLLATE "C" NOT NULL
);
CREATE INDEX labels_doc_id ON labels (doc_id);
CREATE INDEX labels_actor ON labels (actor);
