-- Dossier store, version 3: the dated events articles report, with the actors each names, for
-- timelines.

CREATE TABLE events (
    seq         INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    date        TEXT    NOT NULL,                -- ISO day (the first day of a week or month)
    precision   TEXT    NOT NULL,                -- 'day', 'week', 'month'
    value       TEXT    NOT NULL,                -- the TIMEX3 value it came from
    CHECK (end >= start)
);

CREATE INDEX events_by_date ON events (date);

CREATE TABLE event_actors (
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    actor_id  INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (event_seq, actor_id)
) WITHOUT ROWID;

CREATE INDEX event_actors_by_actor ON event_actors (actor_id);
