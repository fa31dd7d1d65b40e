package dev.dossier.store;

import dev.dossier.model.ActorType;
import dev.dossier.model.NamedActor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds or creates the store's actor for an article's actor, inside the caller's transaction. A
 * surname alone joins the one person with that surname if there is exactly one; a full name
 * completes an actor known so far by surname alone. Every written form is kept as an alias.
 */
final class ActorDirectory {

    private static final String UNKNOWN_GIVEN = "|?";

    private final ActorNaming naming;

    ActorDirectory(ActorNaming naming) {
        this.naming = naming;
    }

    long idOf(Connection connection, NamedActor given, String written) throws SQLException {
        NamedActor actor = naming.canonical(given);
        String key = naming.key(actor);
        String type = actor.type().key();
        Long id = find(connection, "SELECT id FROM actors WHERE type = ? AND key = ?", type, key);
        String surname = actor.type() == ActorType.PERSON ? naming.surnameKey(actor) : null;
        if (id == null && surname != null && key.endsWith(UNKNOWN_GIVEN)) {
            List<Long> bearers = findAll(connection, "SELECT id FROM actors WHERE type = 'person' AND key LIKE ? ESCAPE '\\'",
                    like(surname) + "|%");
            if (bearers.size() == 1) {
                id = bearers.get(0);
            } else if (bearers.size() > 1) {
                id = find(connection, "SELECT id FROM actors WHERE type = 'person' AND key = ?", surname + UNKNOWN_GIVEN);
            }
        }
        if (id == null && surname != null && !key.endsWith(UNKNOWN_GIVEN)) {
            id = find(connection, "SELECT id FROM actors WHERE type = 'person' AND key = ?", surname + UNKNOWN_GIVEN);
            if (id != null) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE actors SET name = ?, key = ? WHERE id = ?")) {
                    update.setString(1, actor.name());
                    update.setString(2, key);
                    update.setLong(3, id);
                    update.executeUpdate();
                }
            }
        }
        if (id == null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO actors (name, type, key) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, actor.name());
                insert.setString(2, type);
                insert.setString(3, key);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        }
        alias(connection, id, actor.name());
        alias(connection, id, given.name());
        String alias = written == null ? "" : written.strip().replaceAll("[’']s$", "").replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
        if (!alias.isEmpty() && alias.length() <= 120) {
            alias(connection, id, alias);
        }
        return id;
    }

    private static void alias(Connection connection, long id, String alias) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, alias);
            insert.executeUpdate();
        }
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Long find(Connection connection, String sql, String... parameters) throws SQLException {
        List<Long> all = findAll(connection, sql, parameters);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Long> findAll(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
