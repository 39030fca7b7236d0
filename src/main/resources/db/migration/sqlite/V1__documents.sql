-- Pantau store, schema 1: clean documents, rejected inputs, ingest runs, and the per-source
-- line counts from which recurring boilerplate is learned.
CREATE TABLE documents (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id         TEXT NOT NULL UNIQUE,
    source         TEXT,
    url            TEXT,
    title          TEXT,
    published      TEXT,
    language       TEXT,
    text           TEXT NOT NULL,
    base_text      TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    raw_hash       TEXT NOT NULL,
    minhash        BLOB NOT NULL,
    duplicate_of   TEXT,
    similarity     REAL,
    origin_input   TEXT NOT NULL,
    origin_reader  TEXT NOT NULL,
    origin_locator TEXT NOT NULL,
    ingested_at    TEXT NOT NULL
);
CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_source ON documents (source);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);

CREATE TABLE rejections (
    input       TEXT NOT NULL,
    locator     TEXT NOT NULL,
    reader      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (input, locator)
);

CREATE TABLE ingest_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    inputs      TEXT NOT NULL,
    added       INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE source_lines (
    source    TEXT NOT NULL,
    line_key  TEXT NOT NULL,
    doc_count INTEGER NOT NULL,
    PRIMARY KEY (source, line_key)
);
