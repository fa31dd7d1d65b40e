-- Dossier store, version 2: actors merged across articles, their mentions, and the statements
-- articles report, grouped so that the same words carried by several outlets are one statement.

CREATE TABLE actors (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL,                       -- the fullest name known
    type TEXT    NOT NULL,                       -- 'person', 'organization', 'place'
    key  TEXT    NOT NULL,                       -- folded grouping key (see entities.NameMatch)
    canonical INTEGER NOT NULL DEFAULT 0,        -- 1 when the name comes from the alias book: never renamed
    UNIQUE (type, key)
);

CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    alias    TEXT    NOT NULL,
    seen     INTEGER NOT NULL DEFAULT 1,         -- how often the spelling was met; the commonest full name names the actor
    PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;

CREATE TABLE mentions (
    article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (article_seq, start)
) WITHOUT ROWID;

CREATE INDEX mentions_by_actor ON mentions (actor_id);

CREATE TABLE statements (
    id               INTEGER PRIMARY KEY,
    speaker_actor_id INTEGER REFERENCES actors (id),
    text             TEXT    NOT NULL            -- the longest version seen
);

CREATE TABLE statement_shingles (
    hash         INTEGER NOT NULL,               -- hash of five consecutive normalised words
    statement_id INTEGER NOT NULL REFERENCES statements (id),
    PRIMARY KEY (hash, statement_id)
) WITHOUT ROWID;

CREATE TABLE quotes (
    seq               INTEGER PRIMARY KEY,
    id                TEXT    NOT NULL UNIQUE,
    article_seq       INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    statement_id      INTEGER REFERENCES statements (id),
    kind              TEXT    NOT NULL,          -- 'direct', 'partial', 'indirect'
    text              TEXT    NOT NULL,
    start             INTEGER NOT NULL,
    end               INTEGER NOT NULL,
    speaker_kind      TEXT    NOT NULL,          -- 'named', 'pronoun', 'role', 'anonymous', 'unknown'
    speaker_actor_id  INTEGER REFERENCES actors (id),
    speaker_mention   TEXT,
    cue               TEXT,
    said_on           TEXT,                      -- ISO date
    said_on_precision TEXT,
    said_on_basis     TEXT,                      -- 'text' or 'published'
    CHECK (end >= start)
);

CREATE INDEX quotes_by_article ON quotes (article_seq);
CREATE INDEX quotes_by_speaker ON quotes (speaker_actor_id);
CREATE INDEX quotes_by_statement ON quotes (statement_id);
CREATE INDEX quotes_by_said_on ON quotes (said_on);

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, content = 'quotes', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.seq, new.text);
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;

-- Which articles the enrich stage has seen, and why it skipped any.
CREATE TABLE enrichments (
    article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    skipped     TEXT,
    enriched_at TEXT NOT NULL
);
