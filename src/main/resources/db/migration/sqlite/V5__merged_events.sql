-- Pantau store, schema 5: merged events as rows. Cross-document merging happens when events change, date window
-- by date window (MergedEventTable.refresh), and the API filters, sorts, pages and counts these rows in SQL
-- instead of merging every event per request. A window is keyed 'first day/last day' ('' holds the undated
-- events); sort_date is the date or '' when undated (the order of pages by date); ord is the order the merger gives inside it. The counter 'merged' is the store's change
-- counter the rows are up to date with (-1: never built).
CREATE TABLE merged_events (
    window_key  TEXT NOT NULL,
    ord    INTEGER NOT NULL,
    event_id    TEXT NOT NULL,
    event_date  TEXT,
    sort_date   TEXT NOT NULL,
    event_week  TEXT,
    event_type  TEXT NOT NULL,
    country_key TEXT,
    actor1      TEXT,
    actor2      TEXT,
    actors      TEXT NOT NULL,
    haystack    TEXT NOT NULL,
    latitude    REAL,
    longitude   REAL,
    fatalities  INTEGER,
    json        TEXT NOT NULL,
    PRIMARY KEY (window_key, ord)
);
CREATE INDEX merged_events_date ON merged_events (event_date);
-- pages by date walk these in order and stop at the page (ties keep the merged order: one date lies in one window)
CREATE INDEX merged_events_newest ON merged_events (sort_date DESC, ord);
CREATE INDEX merged_events_oldest ON merged_events (sort_date, ord);
CREATE INDEX merged_events_type_date ON merged_events (event_type, event_date);
CREATE INDEX merged_events_country ON merged_events (country_key, event_date);
CREATE INDEX merged_events_fatalities ON merged_events (fatalities);
CREATE INDEX merged_events_id ON merged_events (event_id);
CREATE TABLE merged_event_docs (
    window_key TEXT NOT NULL,
    ord   INTEGER NOT NULL,
    doc_id     TEXT NOT NULL,
    PRIMARY KEY (window_key, ord, doc_id)
);
CREATE INDEX merged_event_docs_doc ON merged_event_docs (doc_id);
CREATE INDEX events_date ON events (event_date);
INSERT INTO counters (name, value) VALUES ('merged', -1);
