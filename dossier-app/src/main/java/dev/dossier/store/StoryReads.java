package dev.dossier.store;

import dev.dossier.embed.Vectors;
import dev.dossier.model.RelatedArticle;
import dev.dossier.model.Source;
import dev.dossier.model.StorySummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads stories for front ends. Package-private: only the store speaks SQL. */
final class StoryReads {

    /** The most articles a related-articles lookup compares, so a busy week does not make an article page slow. */
    static final int RELATED_CANDIDATES = 3_000;

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
                    double cosine = Vectors.dot(centre, FingerprintRows.floats(result.getBytes(2)));
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

    /**
     * Articles related to one: the copies it has or the original it copies, the other articles of its
     * story, then the closest articles of other stories (embedding cosine at least {@code least},
     * published within {@code days} days of it), closest first within each kind.
     */
    static List<RelatedArticle> relatedArticles(Connection connection, String articleId, double least, int days, int limit)
            throws SQLException {
        Long seq = null;
        float[] own = null;
        String day = null;
        String story = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT a.seq, f.embedding, substr(a.published_at, 1, 10), "
                + "sa.story_id FROM articles a LEFT JOIN fingerprints f ON f.article_seq = a.seq "
                + "LEFT JOIN story_articles sa ON sa.article_seq = a.seq WHERE a.id = ?")) {
            select.setString(1, articleId);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return List.of();
                }
                seq = result.getLong(1);
                own = result.getBytes(2) == null ? null : FingerprintRows.floats(result.getBytes(2));
                day = result.getString(3);
                story = result.getString(4);
            }
        }
        String sql = "SELECT a.id, a.outlet, a.title, a.url, a.published_at, a.published_precision, a.published_from, sa.story_id, "
                + "f.embedding, (nd.original_seq = ? OR nd2.article_seq IS NOT NULL OR nd.original_seq = nd3.original_seq) AS copy "
                + "FROM articles a JOIN fingerprints f ON f.article_seq = a.seq LEFT JOIN story_articles sa ON sa.article_seq = a.seq "
                + "LEFT JOIN near_duplicates nd ON nd.article_seq = a.seq "
                + "LEFT JOIN near_duplicates nd2 ON nd2.article_seq = ? AND nd2.original_seq = a.seq "
                + "LEFT JOIN near_duplicates nd3 ON nd3.article_seq = ? "
                + "WHERE a.seq <> ? AND a.seq IN (SELECT article_seq FROM story_articles WHERE story_id = ?"
                + (day == null ? "" : " UNION SELECT seq FROM articles WHERE published_at >= ? AND published_at < ?") + ") "
                + "LIMIT " + RELATED_CANDIDATES;
        List<RelatedArticle> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, seq);
            select.setLong(2, seq);
            select.setLong(3, seq);
            select.setLong(4, seq);
            select.setString(5, story == null ? "" : story);
            if (day != null) {
                select.setString(6, LocalDate.parse(day).minusDays(days).toString());
                select.setString(7, LocalDate.parse(day).plusDays(days + 1L).toString());
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    double similarity = own == null ? 0 : Vectors.dot(own, FingerprintRows.floats(result.getBytes("embedding")));
                    String theirStory = result.getString("story_id");
                    RelatedArticle.Relation relation = result.getBoolean("copy") ? RelatedArticle.Relation.COPY
                            : story != null && story.equals(theirStory) ? RelatedArticle.Relation.SAME_STORY : RelatedArticle.Relation.NEARBY;
                    if (relation != RelatedArticle.Relation.NEARBY || similarity >= least) {
                        found.add(new RelatedArticle(EventRows.source(result), relation, theirStory, similarity));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(RelatedArticle::relation).thenComparing(Comparator.comparingDouble(RelatedArticle::similarity).reversed()));
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** How many articles each story had on each day (articles without a reliable date not counted). */
    static Map<String, SortedMap<LocalDate, Integer>> volumes(Connection connection, List<String> storyIds) throws SQLException {
        Map<String, SortedMap<LocalDate, Integer>> volumes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT substr(a.published_at, 1, 10), count(*) FROM story_articles sa "
                + "JOIN articles a ON a.seq = sa.article_seq WHERE sa.story_id = ? AND a.published_at IS NOT NULL "
                + "AND a.published_from NOT IN " + ArticleRows.ESTIMATED_DATES + " GROUP BY 1")) {
            for (String id : storyIds) {
                select.setString(1, id);
                SortedMap<LocalDate, Integer> days = new TreeMap<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        days.put(LocalDate.parse(result.getString(1)), result.getInt(2));
                    }
                }
                volumes.put(id, days);
            }
        }
        return volumes;
    }

    /** A story's articles as sources (no text), in the order they joined. */
    static List<Source> sources(Connection connection, String id) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT a.id, a.outlet, a.title, a.url, a.published_at, "
                + "a.published_precision, a.published_from FROM story_articles sa JOIN articles a ON a.seq = sa.article_seq "
                + "WHERE sa.story_id = ? ORDER BY sa.position")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    sources.add(EventRows.source(result));
                }
            }
        }
        return sources;
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
