package dev.dossier.store;

import dev.dossier.model.Fingerprint;
import dev.dossier.stories.MinHash;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Maps fingerprints and their MinHash band keys to rows and back. Package-private: only the store speaks SQL. */
final class FingerprintRows {

    private FingerprintRows() {}

    /** Stores an article's fingerprint (once: a second call for the same article changes nothing). */
    static void insert(Connection connection, long articleSeq, Fingerprint print) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO fingerprints (article_seq, embedding, terms, minhash, shingles) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, articleSeq);
            insert.setBytes(2, floats(print.embedding()));
            insert.setString(3, terms(print.terms()));
            insert.setBytes(4, ints(print.minhash()));
            insert.setInt(5, print.shingles());
            if (insert.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement count = connection.prepareStatement("INSERT INTO term_articles (term, articles) VALUES (?, 1) "
                + "ON CONFLICT (term) DO UPDATE SET articles = articles + 1")) {
            for (String term : print.terms().keySet()) {
                count.setString(1, term);
                count.addBatch();
            }
            count.executeBatch();
        }
        if (print.shingles() == 0) {
            return; // a text too short to have shingles is nobody's copy
        }
        MinHash.Sketch sketch = new MinHash.Sketch(print.minhash(), print.shingles());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO minhash_bands (band_key, article_seq) VALUES (?, ?)")) {
            for (int band = 0; band < MinHash.BANDS; band++) {
                insert.setLong(1, sketch.bandKey(band));
                insert.setLong(2, articleSeq);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static Fingerprint read(ResultSet row) throws SQLException {
        byte[] embedding = row.getBytes("embedding");
        if (embedding == null) {
            return null;
        }
        return new Fingerprint(floats(embedding), terms(row.getString("terms")), ints(row.getBytes("minhash")), row.getInt("shingles"));
    }

    /** How many stored articles have each of these words in their title and lede. */
    static Map<String, Integer> termArticles(Connection connection, Set<String> terms) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT articles FROM term_articles WHERE term = ?")) {
            for (String term : terms) {
                select.setString(1, term);
                try (ResultSet rows = select.executeQuery()) {
                    counts.put(term, rows.next() ? rows.getInt(1) : 0);
                }
            }
        }
        return counts;
    }

    private static String terms(Map<String, Integer> terms) {
        StringBuilder text = new StringBuilder();
        terms.forEach((term, count) -> text.append(text.isEmpty() ? "" : " ").append(term).append(':').append(count));
        return text.toString();
    }

    private static Map<String, Integer> terms(String text) {
        Map<String, Integer> terms = new HashMap<>();
        for (String pair : text.split(" ")) {
            int colon = pair.lastIndexOf(':');
            if (colon > 0) {
                terms.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
            }
        }
        return terms;
    }

    static byte[] floats(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    private static byte[] ints(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    static int[] ints(byte[] bytes) {
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
        return values;
    }
}
