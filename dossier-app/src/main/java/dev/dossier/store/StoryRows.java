package dev.dossier.store;

import dev.dossier.model.Fingerprint;
import dev.dossier.model.PublishedFrom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads articles' link features and writes stories. Package-private: only the store speaks SQL. */
final class StoryRows {

    private static final String FEATURES = "SELECT a.seq, a.id, a.title, a.outlet, a.published_at, a.published_from, "
            + "f.embedding, f.terms, f.minhash, f.shingles, original.id AS copy_of FROM articles a "
            + "LEFT JOIN fingerprints f ON f.article_seq = a.seq "
            + "LEFT JOIN near_duplicates nd ON nd.article_seq = a.seq LEFT JOIN articles original ON original.seq = nd.original_seq ";
    private static final String UNLINKED = "a.seq NOT IN (SELECT article_seq FROM story_articles)";
    /** Dates estimated from an unknown fetch time (relative ages) or the ingest time say nothing of when. */
    private static final String UNDATED = "(a.published_at IS NULL OR a.published_from IN " + ArticleRows.ESTIMATED_DATES + ")";

    /** Articles sharing one band key beyond which the key is boilerplate, not evidence of copying. */
    static final int COMMON_BAND = 200;

    private StoryRows() {}

    /**
     * Articles in no story yet: dated ones by publication time, then undated ones; ties in the order
     * of their sources (file, then place in the file), never in the order parallel workers happened
     * to store them, so that the same inputs always cluster the same way.
     */
    static List<ArticleFeatures> unlinked(Connection connection) throws SQLException {
        return features(connection, FEATURES + "WHERE " + UNLINKED + " ORDER BY " + UNDATED + ", a.published_at, a.origin_source, "
                + "length(a.origin_record), a.origin_record, a.id", UNLINKED, List.of());
    }

    /** The members of every story active on or after {@code since} (or undated), by story, in joining order. */
    static Map<String, List<ArticleFeatures>> live(Connection connection, LocalDate since) throws SQLException {
        String live = "a.seq IN (SELECT sa.article_seq FROM story_articles sa JOIN stories s ON s.id = sa.story_id "
                + "WHERE s.last_day IS NULL OR s.last_day >= ?)";
        List<ArticleFeatures> members = features(connection, FEATURES + "WHERE " + live, live, List.of(since.toString()));
        Map<Long, ArticleFeatures> bySeq = new HashMap<>();
        members.forEach(member -> bySeq.put(member.seq(), member));
        Map<String, List<ArticleFeatures>> stories = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT sa.story_id, sa.article_seq FROM story_articles sa "
                + "JOIN stories s ON s.id = sa.story_id WHERE s.last_day IS NULL OR s.last_day >= ? ORDER BY sa.story_id, sa.position")) {
            select.setString(1, since.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stories.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(bySeq.get(rows.getLong(2)));
                }
            }
        }
        return stories;
    }

    /**
     * The stored articles sharing most MinHash band keys with this one (itself excluded), at most
     * {@code limit}, with their sketches: a near-duplicate shares many bands, an article that only
     * shares a stock phrase one or two, so the best-sharing few are the ones worth checking. A band
     * key shared by more than {@value #COMMON_BAND} articles is boilerplate (a standard sign-off, a
     * template) and is not followed, which keeps the lookup's cost flat as the store grows.
     */
    static List<StoryLinks.Candidate> nearDuplicateCandidates(Connection connection, long seq, int limit) throws SQLException {
        Map<Long, Integer> shared = new HashMap<>();
        try (PreparedStatement own = connection.prepareStatement("SELECT band_key FROM minhash_bands WHERE article_seq = ?");
                PreparedStatement posting = connection.prepareStatement("SELECT article_seq FROM minhash_bands WHERE band_key = ? LIMIT ?")) {
            own.setLong(1, seq);
            List<Long> keys = new ArrayList<>();
            try (ResultSet rows = own.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                }
            }
            for (long key : keys) {
                posting.setLong(1, key);
                posting.setInt(2, COMMON_BAND + 1);
                List<Long> sharing = new ArrayList<>();
                try (ResultSet rows = posting.executeQuery()) {
                    while (rows.next()) {
                        sharing.add(rows.getLong(1));
                    }
                }
                if (sharing.size() <= COMMON_BAND) {
                    sharing.stream().filter(other -> other != seq).forEach(other -> shared.merge(other, 1, Integer::sum));
                }
            }
        }
        List<Long> best = shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        List<StoryLinks.Candidate> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT a.seq, a.id, f.minhash, f.shingles, original.id AS copy_of "
                + "FROM articles a JOIN fingerprints f ON f.article_seq = a.seq LEFT JOIN near_duplicates nd ON nd.article_seq = a.seq "
                + "LEFT JOIN articles original ON original.seq = nd.original_seq WHERE a.seq = ?")) {
            for (long candidate : best) {
                select.setLong(1, candidate);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        found.add(new StoryLinks.Candidate(rows.getLong(1), rows.getString(2), FingerprintRows.ints(rows.getBytes(3)),
                                rows.getInt(4), rows.getString(5)));
                    }
                }
            }
        }
        return found;
    }

    /** Every story id in use, merged-away ones included. */
    static Set<String> ids(Connection connection) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM stories UNION SELECT old_id FROM story_aliases");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** How many articles mention each of these actors. */
    static Map<Long, Integer> articlesNaming(Connection connection, Set<Long> actorIds) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(DISTINCT article_seq) FROM mentions WHERE actor_id = ?")) {
            for (long actor : actorIds) {
                select.setLong(1, actor);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    counts.put(actor, rows.getInt(1));
                }
            }
        }
        return counts;
    }

    static void saveNearDuplicate(Connection connection, long seq, long originalSeq, double jaccard, double containment)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO near_duplicates "
                + "(article_seq, original_seq, jaccard, containment) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setLong(2, originalSeq);
            insert.setDouble(3, jaccard);
            insert.setDouble(4, containment);
            insert.executeUpdate();
        }
    }

    /** Writes a story and makes its members exactly these articles, in this order. */
    static void saveStory(Connection connection, StoryLinks.Saved story, String now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO stories "
                + "(id, title, first_day, last_day, articles, outlets, centre, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_day = excluded.first_day, "
                + "last_day = excluded.last_day, articles = excluded.articles, centre = excluded.centre, updated_at = excluded.updated_at")) {
            upsert.setString(1, story.id());
            upsert.setString(2, story.title());
            ArticleRows.setNullable(upsert, 3, story.first() == null ? null : story.first().toString());
            ArticleRows.setNullable(upsert, 4, story.last() == null ? null : story.last().toString());
            upsert.setInt(5, story.members().size());
            upsert.setBytes(6, FingerprintRows.floats(story.centre()));
            upsert.setString(7, now);
            upsert.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM story_articles WHERE story_id = ?")) {
            delete.setString(1, story.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO story_articles (article_seq, story_id, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < story.members().size(); i++) {
                insert.setLong(1, story.members().get(i));
                insert.setString(2, story.id());
                insert.setInt(3, i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement outlets = connection.prepareStatement("UPDATE stories SET outlets = (SELECT count(DISTINCT "
                + "coalesce(a.outlet, a.origin_source)) FROM story_articles sa JOIN articles a ON a.seq = sa.article_seq "
                + "WHERE sa.story_id = stories.id) WHERE id = ?")) {
            outlets.setString(1, story.id());
            outlets.executeUpdate();
        }
    }

    /** Records that a story lives on under another id, and removes its row (its members have moved). */
    static void saveMerge(Connection connection, String oldId, String intoId) throws SQLException {
        try (PreparedStatement repoint = connection.prepareStatement("UPDATE story_aliases SET story_id = ? WHERE story_id = ?")) {
            repoint.setString(1, intoId);
            repoint.setString(2, oldId);
            repoint.executeUpdate();
        }
        try (PreparedStatement alias = connection.prepareStatement(
                "INSERT OR REPLACE INTO story_aliases (old_id, story_id) VALUES (?, ?)")) {
            alias.setString(1, oldId);
            alias.setString(2, intoId);
            alias.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)")) {
            delete.setString(1, oldId);
            delete.setString(2, oldId);
            delete.executeUpdate();
        }
    }

    private static List<ArticleFeatures> features(Connection connection, String sql, String where, List<String> parameters)
            throws SQLException {
        Map<Long, Map<Long, Integer>> actors = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT m.article_seq, m.actor_id, count(*) FROM mentions m JOIN articles a ON a.seq = m.article_seq WHERE "
                        + where + " GROUP BY m.article_seq, m.actor_id")) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    actors.computeIfAbsent(rows.getLong(1), seq -> new HashMap<>()).put(rows.getLong(2), rows.getInt(3));
                }
            }
        }
        Map<Long, Set<Long>> statements = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT q.article_seq, q.statement_id FROM quotes q "
                + "JOIN articles a ON a.seq = q.article_seq WHERE q.statement_id IS NOT NULL AND " + where)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    statements.computeIfAbsent(rows.getLong(1), seq -> new HashSet<>()).add(rows.getLong(2));
                }
            }
        }
        List<ArticleFeatures> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong("seq");
                    Fingerprint print = FingerprintRows.read(rows);
                    found.add(new ArticleFeatures(seq, rows.getString("id"), rows.getString("title"), rows.getString("outlet"),
                            day(rows.getString("published_at"), rows.getString("published_from")), print,
                            actors.getOrDefault(seq, Map.of()), statements.getOrDefault(seq, Set.of()), rows.getString("copy_of")));
                }
            }
        }
        return found;
    }

    private static LocalDate day(String publishedAt, String from) {
        if (publishedAt == null || PublishedFrom.fromKey(from).isEstimate()) {
            return null;
        }
        return LocalDate.parse(publishedAt.substring(0, 10));
    }

    private static void bind(PreparedStatement statement, List<String> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setString(i + 1, parameters.get(i));
        }
    }
}
