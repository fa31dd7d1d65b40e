-- Dossier store, version 1: articles with their paragraphs and provenance, full-text search,
-- and a log of ingest runs and the documents they rejected.

CREATE TABLE articles (
    seq                 INTEGER PRIMARY KEY,          -- stable rowid for the full-text index
    id                  TEXT    NOT NULL UNIQUE,      -- content-derived id (see ArticleIds)
    title               TEXT    NOT NULL,
    outlet              TEXT,
    url                 TEXT,
    author              TEXT,
    published_at        TEXT,                         -- ISO 8601 instant (UTC)
    published_precision TEXT,                         -- 'instant' or 'day'
    published_from      TEXT,                         -- 'metadata', 'text', 'relative', 'ingest', 'user'
    language            TEXT,
    text                TEXT    NOT NULL,
    wire_credit         TEXT,
    origin_source       TEXT    NOT NULL,
    origin_record       TEXT,
    origin_url          TEXT,
    fetched_at          TEXT    NOT NULL,
    ingested_at         TEXT    NOT NULL,
    CHECK ((published_at IS NULL) = (published_from IS NULL))
);

CREATE INDEX articles_by_published ON articles (published_at);
CREATE INDEX articles_by_outlet ON articles (outlet);

CREATE TABLE paragraphs (
    article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    text_start  INTEGER NOT NULL,
    text_end    INTEGER NOT NULL,
    raw_start   INTEGER NOT NULL,
    raw_end     INTEGER NOT NULL,
    PRIMARY KEY (article_seq, ordinal),
    CHECK (text_end >= text_start AND raw_end >= raw_start)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE ingest_runs (
    id                 INTEGER PRIMARY KEY,
    started_at         TEXT    NOT NULL,
    finished_at        TEXT,
    documents_read     INTEGER,
    articles_stored    INTEGER,
    duplicates_skipped INTEGER,
    rejected           INTEGER
);

CREATE TABLE rejections (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES ingest_runs (id),
    origin_source TEXT    NOT NULL,
    origin_record TEXT,
    origin_url    TEXT,
    reason        TEXT    NOT NULL,
    rejected_at   TEXT    NOT NULL
);
