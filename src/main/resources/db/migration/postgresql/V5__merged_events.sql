-- Pantau store on PostgreSQL, schema 5 (as db/migration/sqlite/V5): merged events as rows, merged window by
-- window when events change and filtered, sorted, paged and counted in SQL by the API. Text is compared byte-wise
-- (COLLATE "C") so both stores sort windows, dates and actors in the same order.
CREATE TABLE merged_events (
    window_key  TEXT COLLATE "C" NOT NULL,
    ord    BIGINT NOT NULL,
    event_id    TEXT COLLATE "C" NOT NULL,
    event_date  TEXT COLLATE "C",
    sort_date   TEXT COLLATE "C" NOT NULL,
    event_week  TEXT COLLATE "C",
    event_type  TEXT COLLATE "C" NOT NULL,
    country_key TEXT COLLATE "C",
    actor1      TEXT COLLATE "C",
    actor2      TEXT COLLATE "C",
    actors      TEXT COLLATE "C" NOT NULL,
    haystack    TEXT COLLATE "C" NOT NULL,
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    fatalities  BIGINT,
    json        TEXT COLLATE "C" NOT NULL,
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
    window_key TEXT COLLATE "C" NOT NULL,
    ord   BIGINT NOT NULL,
    doc_id     TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (window_key, ord, doc_id)
);
CREATE INDEX merged_event_docs_doc ON merged_event_docs (doc_id);
CREATE INDEX events_date ON events (event_date);
INSERT INTO counters (name, value) VALUES ('merged', -1);
