package dev.dossier.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the same words reported by several outlets into one statement: wire copies, trimmed
 * versions and versions with an ellipsis. Quotes are compared by their shingles (five normalised
 * words in a row, never across an ellipsis); a quote joins the statement that shares at least half
 * of the shorter one's shingles and has a compatible speaker. A statement is compared through its
 * longest version only, so that quotes joining it do not widen what it matches (chains of partly
 * overlapping quotes would grow into one catch-all), and neither side may be more than {@value
 * #LENGTH_RATIO} times the other's length: a few words that recur inside a runaway content (text
 * with no sentence punctuation read as one statement) are not that statement. Runs inside the
 * caller's transaction.
 */
final class StatementIndex {

    private static final int SHINGLE_WORDS = 5;

    /** How many times longer (in shingles) one version of a statement may be than another. */
    static final int LENGTH_RATIO = 20;

    private StatementIndex() {}

    static long statementOf(Connection connection, String text, Long speakerId) throws SQLException {
        Set<Long> shingles = shingles(text);
        Map<Long, Integer> shared = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT statement_id FROM statement_shingles WHERE hash = ?")) {
            for (long hash : shingles) {
                select.setLong(1, hash);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        shared.merge(rows.getLong(1), 1, Integer::sum);
                    }
                }
            }
        }
        Long best = null;
        int bestShared = 0;
        for (Map.Entry<Long, Integer> candidate : shared.entrySet()) {
            int theirs = count(connection, candidate.getKey());
            if (sameWords(candidate.getValue(), theirs, shingles.size()) && candidate.getValue() > bestShared
                    && compatible(connection, candidate.getKey(), speakerId)) {
                best = candidate.getKey();
                bestShared = candidate.getValue();
            }
        }
        if (best == null) {
            long id = create(connection, text, speakerId);
            index(connection, id, shingles);
            return id;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE statements SET speaker_actor_id = coalesce(speaker_actor_id, ?) WHERE id = ?")) {
            ArticleRows.setNullable(update, 1, speakerId);
            update.setLong(2, best);
            update.executeUpdate();
        }
        try (PreparedStatement longer = connection.prepareStatement("UPDATE statements SET text = ? WHERE id = ? AND length(text) < ?")) {
            longer.setString(1, text);
            longer.setLong(2, best);
            longer.setInt(3, text.length());
            if (longer.executeUpdate() > 0) { // the longest version now stands for the statement
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM statement_shingles WHERE statement_id = ?")) {
                    delete.setLong(1, best);
                    delete.executeUpdate();
                }
                index(connection, best, shingles);
            }
        }
        return best;
    }

    /**
     * Whether two versions sharing {@code shared} shingles, of {@code theirs} and {@code ours}, are
     * the same words: at least half of the shorter one's, and lengths within {@link #LENGTH_RATIO}.
     */
    static boolean sameWords(int shared, int theirs, int ours) {
        int shorter = Math.min(theirs, ours);
        return shared * 2 >= shorter && (long) shorter * LENGTH_RATIO >= Math.max(theirs, ours);
    }

    private static void index(Connection connection, long id, Set<Long> shingles) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO statement_shingles (hash, statement_id) VALUES (?, ?)")) {
            for (long hash : shingles) {
                insert.setLong(1, hash);
                insert.setLong(2, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Shingles of five words within each ellipsis-free segment; a shorter text is one shingle. */
    static Set<Long> shingles(String text) {
        Set<Long> hashes = new LinkedHashSet<>();
        for (String segment : text.split("…|\\.\\.\\.|\\[…\\]|\\[\\.\\.\\.\\]")) {
            List<String> words = List.of(segment.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
            if (words.size() == 1 && words.get(0).isEmpty()) {
                continue;
            }
            if (words.size() < SHINGLE_WORDS) {
                hashes.add(hash(String.join(" ", words)));
                continue;
            }
            for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
                hashes.add(hash(String.join(" ", words.subList(i, i + SHINGLE_WORDS))));
            }
        }
        return hashes;
    }

    /** FNV-1a, 64 bits: stable across runs and machines, unlike String.hashCode's 32. */
    private static long hash(String shingle) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static int count(Connection connection, long statement) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM statement_shingles WHERE statement_id = ?")) {
            select.setLong(1, statement);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static boolean compatible(Connection connection, long statement, Long speakerId) throws SQLException {
        if (speakerId == null) {
            return true;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT speaker_actor_id FROM statements WHERE id = ?")) {
            select.setLong(1, statement);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long theirs = rows.getLong(1);
                return rows.wasNull() || theirs == speakerId;
            }
        }
    }

    private static long create(Connection connection, String text, Long speakerId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO statements (speaker_actor_id, text) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ArticleRows.setNullable(insert, 1, speakerId);
            insert.setString(2, text);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
