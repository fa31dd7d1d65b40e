package dev.dossier.store;

import dev.dossier.model.ActorDetail;
import dev.dossier.model.ActorType;
import dev.dossier.model.MentionRecord;
import dev.dossier.model.TextSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads actors' mentions and neighbours for front ends. Package-private: only the store speaks SQL. */
final class ActorReads {

    private ActorReads() {}

    /** The actors named in the same articles as this one, the most shared articles first. */
    static List<ActorDetail.CoMention> coMentioned(Connection connection, long actorId, int limit) throws SQLException {
        List<ActorDetail.CoMention> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ac.id, ac.name, ac.type, count(DISTINCT other.article_seq) AS shared "
                + "FROM mentions own JOIN mentions other ON other.article_seq = own.article_seq AND other.actor_id <> own.actor_id "
                + "JOIN actors ac ON ac.id = other.actor_id WHERE own.actor_id = ? GROUP BY ac.id ORDER BY shared DESC, ac.name LIMIT ?")) {
            select.setLong(1, actorId);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new ActorDetail.CoMention(rows.getLong(1), rows.getString(2), ActorType.fromKey(rows.getString(3)), rows.getLong(4)));
                }
            }
        }
        return found;
    }

    /** An article's actor mentions, in text order. */
    static List<MentionRecord> mentionsOf(Connection connection, String articleId) throws SQLException {
        List<MentionRecord> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT m.start, m.end, ac.id, ac.name, ac.type FROM mentions m "
                + "JOIN actors ac ON ac.id = m.actor_id JOIN articles a ON a.seq = m.article_seq WHERE a.id = ? ORDER BY m.start")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new MentionRecord(new TextSpan(rows.getInt(1), rows.getInt(2)), rows.getLong(3), rows.getString(4),
                            ActorType.fromKey(rows.getString(5))));
                }
            }
        }
        return found;
    }
}
