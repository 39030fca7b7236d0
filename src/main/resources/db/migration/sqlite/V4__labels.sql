-- Pantau store, schema 4: the framing lens. The labels each document wraps around armed actors
-- ("kelompok teroris", "rezim", "pejuang"), read with the document's events by the same coding pass and
-- replaced with them; start/end are offsets into the document's clean text.
CREATE TABLE labels (
    doc_id  TEXT NOT NULL,
    start   INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    label   TEXT NOT NULL,
    stance  TEXT NOT NULL,
    surface TEXT NOT NULL,
    mention TEXT NOT NULL,
    context TEXT NOT NULL,
    how     TEXT NOT NULL
);
CREATE INDEX labels_doc_id ON labels (doc_id);
CREATE INDEX labels_actor ON labels (actor);
