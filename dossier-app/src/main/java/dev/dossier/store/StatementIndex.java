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
 * of the shorter one's shingles and has a compatible speaker. Runs inside the caller's transaction.
 */
final class StatementIndex {

    private static final int SHINGLE_WORDS = 5;

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
            boolean enough = candidate.getValue() * 2 >= Math.min(theirs, shingles.size());
            if (enough && candidate.getValue() > bestShared && compatible(connection, candidate.getKey(), speakerId)) {
                best = candidate.getKey();
                bestShared = candidate.getValue();
            }
        }
        long id = best != null ? best : create(connection, text, speakerId);
        if (best != null) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE statements SET text = ?, "
                    + "speaker_actor_id = coalesce(speaker_actor_id, ?) WHERE id = ? AND length(text) < ?")) {
                update.setString(1, text);
                ArticleRows.setNullable(update, 2, speakerId);
                update.setLong(3, id);
                update.setInt(4, text.length());
                update.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO statement_shingles (hash, statement_id) VALUES (?, ?)")) {
            for (long hash : shingles) {
                insert.setLong(1, hash);
                insert.setLong(2, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return id;
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
