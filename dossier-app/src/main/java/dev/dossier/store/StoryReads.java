package dev.dossier.store;

import dev.dossier.model.StorySummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stories for front ends. Package-private: only the store speaks SQL. */
final class StoryReads {

    /** How many key actors a story summary names. */
    static final int KEY_ACTORS = 6;

    private StoryReads() {}

    /** Stories last seen on or after {@code since} (any when null), latest first, undated last. */
    static List<StorySummary> list(Connection connection, LocalDate since, LocalDate until, int limit, int offset) throws SQLException {
        List<String> where = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (since != null) {
            where.add("s.last_day >= ?");
            parameters.add(since.toString());
        }
        if (until != null) {
            where.add("s.first_day <= ?");
            parameters.add(until.toString());
        }
        String sql = "SELECT s.id, s.title, s.first_day, s.last_day FROM stories s"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY s.last_day IS NULL, s.last_day DESC, s.articles DESC, s.id LIMIT ? OFFSET ?";
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            for (String parameter : parameters) {
                select.setString(i++, parameter);
            }
            select.setInt(i++, limit);
            select.setInt(i, offset);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2), result.getString(3), result.getString(4)});
                }
            }
        }
        List<StorySummary> stories = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            stories.add(summary(connection, row));
        }
        return stories;
    }

    /** The story with this id, or with this id before it was merged into another. */
    static Optional<StorySummary> byId(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT s.id, s.title, s.first_day, s.last_day FROM stories s "
                + "WHERE s.id = coalesce((SELECT story_id FROM story_aliases WHERE old_id = ?), ?)")) {
            select.setString(1, id);
            select.setString(2, id);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                String[] row = {result.getString(1), result.getString(2), result.getString(3), result.getString(4)};
                return Optional.of(summary(connection, row));
            }
        }
    }

    /** The id of the story an article is in, if it has been linked. */
    static Optional<String> ofArticle(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.seq = sa.article_seq WHERE a.id = ?")) {
            select.setString(1, articleId);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Stories whose centre is close to this one's (cosine at least {@code least}), closest first,
     * among those within {@code days} days of it (undated stories are always compared).
     */
    static List<StorySummary> related(Connection connection, String id, double least, int days, int limit) throws SQLException {
        float[] centre = null;
        String first = null;
        String last = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT centre, first_day, last_day FROM stories WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return List.of();
                }
                centre = FingerprintRows.floats(result.getBytes(1));
                first = result.getString(2);
                last = result.getString(3);
            }
        }
        String sql = "SELECT id, centre FROM stories WHERE id <> ?" + (first == null ? ""
                : " AND (last_day IS NULL OR (last_day >= ? AND first_day <= ?))");
        List<Map.Entry<String, Double>> close = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            if (first != null) {
                select.setString(2, LocalDate.parse(first).minusDays(days).toString());
                select.setString(3, LocalDate.parse(last).plusDays(days).toString());
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    float[] other = FingerprintRows.floats(result.getBytes(2));
                    double cosine = 0;
                    for (int i = 0; i < Math.min(centre.length, other.length); i++) {
                        cosine += centre[i] * other[i];
                    }
                    if (cosine >= least) {
                        close.add(Map.entry(result.getString(1), cosine));
                    }
                }
            }
        }
        close.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<StorySummary> related = new ArrayList<>();
        for (Map.Entry<String, Double> story : close.subList(0, Math.min(limit, close.size()))) {
            byId(connection, story.getKey()).ifPresent(related::add);
        }
        return related;
    }

    /** The ids of a story's articles that are near-duplicates of another article. */
    static List<String> copies(Connection connection, String id) throws SQLException {
        return strings(connection, "SELECT a.id FROM story_articles sa JOIN articles a ON a.seq = sa.article_seq "
                + "JOIN near_duplicates nd ON nd.article_seq = a.seq WHERE sa.story_id = ? ORDER BY sa.position", id);
    }

    private static StorySummary summary(Connection connection, String[] row) throws SQLException {
        String id = row[0];
        List<String> articles = strings(connection, "SELECT a.id FROM story_articles sa JOIN articles a ON a.seq = sa.article_seq "
                + "WHERE sa.story_id = ? ORDER BY sa.position", id);
        List<String> outlets = strings(connection, "SELECT coalesce(a.outlet, a.origin_source) FROM story_articles sa "
                + "JOIN articles a ON a.seq = sa.article_seq WHERE sa.story_id = ? "
                + "GROUP BY coalesce(a.outlet, a.origin_source) ORDER BY min(a.published_at IS NULL), min(a.published_at), min(sa.position)", id);
        List<String> actors = strings(connection, "SELECT ac.name FROM story_articles sa JOIN mentions m ON m.article_seq = sa.article_seq "
                + "JOIN actors ac ON ac.id = m.actor_id WHERE sa.story_id = ? GROUP BY ac.id "
                + "ORDER BY count(DISTINCT m.article_seq) DESC, count(*) DESC, ac.name LIMIT " + KEY_ACTORS, id);
        return new StorySummary(id, row[1], row[2] == null ? null : LocalDate.parse(row[2]),
                row[3] == null ? null : LocalDate.parse(row[3]), articles, outlets, actors);
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }
}
