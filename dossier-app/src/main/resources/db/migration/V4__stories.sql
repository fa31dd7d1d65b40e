-- Dossier store, version 4: what links articles into stories. Each article's fingerprint (embedding
-- and MinHash sketch, written with the article), the near-duplicates found among them, and the
-- stories they were clustered into.

CREATE TABLE fingerprints (
    article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    embedding   BLOB    NOT NULL,                -- unit vector, float32 little-endian
    terms       TEXT    NOT NULL,                -- content words of title and lede: 'word:count' separated by spaces
    minhash     BLOB    NOT NULL,                -- MinHash sketch, int32 little-endian
    shingles    INTEGER NOT NULL                 -- distinct five-word shingles in the text
);

-- In how many articles each content word occurs (for weighting words by rarity).
CREATE TABLE term_articles (
    term     TEXT    PRIMARY KEY,
    articles INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE minhash_bands (
    band_key    INTEGER NOT NULL,                -- hash of one band of the sketch (see stories.MinHash)
    article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_seq)
) WITHOUT ROWID;

CREATE INDEX minhash_bands_by_article ON minhash_bands (article_seq);

-- An article that is a near-duplicate (wire copy, republication) of an earlier one.
CREATE TABLE near_duplicates (
    article_seq  INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    original_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    jaccard      REAL    NOT NULL,
    containment  REAL    NOT NULL
);

CREATE INDEX near_duplicates_by_original ON near_duplicates (original_seq);

CREATE TABLE stories (
    id         TEXT    PRIMARY KEY,              -- 's' + the id of the article that founded it
    title      TEXT    NOT NULL,                 -- the title of its most central article
    first_day  TEXT,                             -- ISO days of its earliest and latest dated articles
    last_day   TEXT,
    articles   INTEGER NOT NULL,
    outlets    INTEGER NOT NULL,
    centre     BLOB    NOT NULL,                 -- unit mean embedding of its original articles
    updated_at TEXT    NOT NULL
);

CREATE INDEX stories_by_last_day ON stories (last_day);

CREATE TABLE story_articles (
    article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    story_id    TEXT    NOT NULL REFERENCES stories (id),
    position    INTEGER NOT NULL                 -- order of joining
);

CREATE INDEX story_articles_by_story ON story_articles (story_id, position);

-- Ids of stories merged into others, so that old links keep working.
CREATE TABLE story_aliases (
    old_id   TEXT PRIMARY KEY,
    story_id TEXT NOT NULL
) WITHOUT ROWID;

-- Statement shingles were indexed by hash only, so counting a statement's shingles scanned the
-- whole table: quadratic over an ingest. (Found while measuring the link stage.)
CREATE INDEX statement_shingles_by_statement ON statement_shingles (statement_id);

-- The orders that pages list articles and stories in, so a page deep in a large store is read
-- from an index rather than by sorting every row.
CREATE INDEX articles_newest_first ON articles ((published_at IS NULL), published_at DESC, seq);
CREATE INDEX stories_latest_first ON stories ((last_day IS NULL), last_day DESC, articles DESC, id);
