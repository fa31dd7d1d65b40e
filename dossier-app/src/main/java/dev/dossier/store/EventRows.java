package dev.dossier.store;

import dev.dossier.model.Event;
import dev.dossier.model.NamedActor;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.Source;
import dev.dossier.model.TimePrecision;
import dev.dossier.model.TimelineEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes an article's events and reads an actor's events back as timeline entries, the same
 * event reported by several outlets (same day, mostly the same words) collapsed into one entry
 * citing all of them.
 */
final class EventRows {

    /** Word overlap (Jaccard) from which two reports of one day are one event. */
    private static final double SAME_EVENT = 0.5;

    private EventRows() {}

    /** Writes an article's events and their actors; adds each actor's id to {@code touched}. */
    static void insert(Connection connection, long articleSeq, List<Event> events, ActorDirectory actors, Set<Long> touched)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (article_seq, start, end, text, date, precision, value) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement actor = connection.prepareStatement("INSERT OR IGNORE INTO event_actors (event_seq, actor_id) VALUES (?, ?)")) {
            for (Event event : events) {
                insert.setLong(1, articleSeq);
                insert.setInt(2, event.span().start());
                insert.setInt(3, event.span().end());
                insert.setString(4, event.text());
                insert.setString(5, event.date().toString());
                insert.setString(6, event.precision().name().toLowerCase(Locale.ROOT));
                insert.setString(7, event.value());
                insert.executeUpdate();
                long seq;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    seq = keys.getLong(1);
                }
                for (NamedActor named : event.actors()) {
                    long id = actors.idOf(connection, named, null);
                    touched.add(id);
                    actor.setLong(1, seq);
                    actor.setLong(2, id);
                    actor.executeUpdate();
                }
            }
        }
    }

    /** The events naming any of the actors, between the days (either may be null), collapsed across outlets. */
    /** The events that name one of these actors, each with the first of them it names. */
    static List<TimelineEntry> timeline(Connection connection, Set<Long> actorIds, LocalDate since, LocalDate until) throws SQLException {
        String ids = String.join(",", actorIds.stream().map(String::valueOf).toList());
        return timeline(connection, "e.seq IN (SELECT event_seq FROM event_actors WHERE actor_id IN (" + ids + "))",
                "ac.id IN (" + ids + ")", List.of(), since, until);
    }

    /** The events reported by the articles of one story, each with the first actor it names. */
    static List<TimelineEntry> storyTimeline(Connection connection, String storyId, LocalDate since, LocalDate until) throws SQLException {
        return timeline(connection, "e.article_seq IN (SELECT article_seq FROM story_articles WHERE story_id = ?)", "1 = 1",
                List.of(storyId), since, until);
    }

    /**
     * @param scope which events (an SQL condition over {@code e}, with {@code parameters})
     * @param named which of an event's actors may name its entry (an SQL condition over {@code ac})
     */
    private static List<TimelineEntry> timeline(Connection connection, String scope, String named, List<String> parameters,
            LocalDate since, LocalDate until) throws SQLException {
        String sql = "SELECT e.seq, e.text, e.date, e.precision, a.id, a.outlet, a.title, a.url, a.published_at, a.published_precision, "
                + "a.published_from, (SELECT min(ac.name) FROM event_actors ea2 JOIN actors ac ON ac.id = ea2.actor_id "
                + "WHERE ea2.event_seq = e.seq AND " + named + ") AS actor "
                + "FROM events e JOIN articles a ON a.seq = e.article_seq "
                + "WHERE " + scope + (since == null ? "" : " AND e.date >= ?") + (until == null ? "" : " AND e.date <= ?")
                + " ORDER BY e.date, e.seq";
        List<TimelineEntry> entries = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 0;
            for (String parameter : parameters) {
                select.setString(++i, parameter);
            }
            if (since != null) {
                select.setString(++i, since.toString());
            }
            if (until != null) {
                select.setString(++i, until.toString());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate date = LocalDate.parse(rows.getString("date"));
                    String text = rows.getString("text");
                    Source source = source(rows);
                    Set<String> own = words(text);
                    int same = -1;
                    for (int e = entries.size() - 1; e >= 0 && entries.get(e).date().equals(date); e--) {
                        if (jaccard(own, words.get(e)) >= SAME_EVENT) {
                            same = e;
                            break;
                        }
                    }
                    if (same >= 0) {
                        TimelineEntry known = entries.get(same);
                        List<Source> sources = new ArrayList<>(known.sources());
                        if (sources.stream().noneMatch(s -> s.articleId().equals(source.articleId()))) {
                            sources.add(source);
                        }
                        entries.set(same, new TimelineEntry(known.date(), known.precision(), known.text(), known.kind(), known.actor(), sources));
                    } else {
                        entries.add(new TimelineEntry(date, TimePrecision.valueOf(rows.getString("precision").toUpperCase(Locale.ROOT)), text,
                                TimelineEntry.Kind.EVENT, rows.getString("actor"), List.of(source)));
                        words.add(own);
                    }
                }
            }
        }
        return entries;
    }

    /** The article in the current row as a source (columns id, outlet, title, url and the published ones). */
    static Source source(ResultSet rows) throws SQLException {
        String at = rows.getString("published_at");
        Published published = at == null ? null : new Published(Instant.parse(at),
                TimePrecision.valueOf(rows.getString("published_precision").toUpperCase(Locale.ROOT)),
                PublishedFrom.fromKey(rows.getString("published_from")));
        return new Source(rows.getString("id"), rows.getString("outlet"), rows.getString("title"), rows.getString("url"), published);
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return union.isEmpty() ? 0 : (double) shared.size() / union.size();
    }
}
