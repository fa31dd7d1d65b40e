package dev.dossier.store;

import dev.dossier.model.ActorType;
import dev.dossier.model.NamedActor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds or creates the store's actor for an article's actor, inside the caller's transaction. A
 * surname alone joins the one person with that surname if there is exactly one; a full name
 * completes an actor known so far by surname alone. Every written form is kept as an alias.
 *
 * <p>Not thread-safe: confined to the store's lock, like its connection.
 */
final class ActorDirectory {

    private static final String UNKNOWN_GIVEN = "|?";
    /** How many actors' namings are kept (a few hundred bytes each): far more than one batch of articles names. */
    private static final int KEPT_NAMINGS = 4096;
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");

    /** What the naming makes of an actor: its canonical form, its key and, for a person, its surname key. */
    private record Naming(NamedActor actor, String key, String surname) {}

    private final ActorNaming naming;
    /**
     * The naming of the actors met last. An article names its actors many times over and the same
     * actors recur across articles, and parsing a name and looking it up in the alias book was most
     * of the store's own time; the naming is a function of the actor, so a kept answer is the answer.
     */
    private final Map<NamedActor, Naming> namings = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<NamedActor, Naming> eldest) {
            return size() > KEPT_NAMINGS;
        }
    };

    ActorDirectory(ActorNaming naming) {
        this.naming = naming;
    }

    long idOf(Connection connection, NamedActor given, String written) throws SQLException {
        Naming named = namings.computeIfAbsent(given, this::name);
        NamedActor actor = named.actor();
        String key = named.key();
        String type = actor.type().key();
        Long id = find(connection, "SELECT id FROM actors WHERE type = ? AND key = ?", type, key);
        String surname = named.surname();
        if (id == null && surname != null && key.endsWith(UNKNOWN_GIVEN)) {
            // every key that starts "surname|": a range over the (type, key) index, where LIKE would read every person
            List<Long> bearers = findAll(connection, "SELECT id FROM actors WHERE type = 'person' AND key >= ? AND key < ?",
                    surname + "|", surname + "}");
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
                    "INSERT INTO actors (name, type, key, canonical) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, actor.name());
                insert.setString(2, type);
                insert.setString(3, key);
                insert.setInt(4, actor.equals(given) ? 0 : 1);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        }
        alias(connection, id, given.name());
        if (!actor.name().equals(given.name())) {
            alias(connection, id, actor.name());
        }
        String alias = written == null ? "" : EDGE_PUNCTUATION.matcher(POSSESSIVE.matcher(written.strip()).replaceAll("")).replaceAll("");
        if (!alias.isEmpty() && alias.length() <= 120) {
            alias(connection, id, alias);
        }
        return id;
    }

    private Naming name(NamedActor given) {
        NamedActor actor = naming.canonical(given);
        return new Naming(actor, naming.key(actor), actor.type() == ActorType.PERSON ? naming.surnameKey(actor) : null);
    }

    private static void alias(Connection connection, long id, String alias) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?) "
                + "ON CONFLICT (actor_id, alias) DO UPDATE SET seen = seen + 1")) {
            insert.setLong(1, id);
            insert.setString(2, alias);
            insert.executeUpdate();
        }
    }

    /**
     * Renames each of the actors to its commonest full spelling; called once per article for the
     * actors it touched, not once per mention. An actor not named by the alias book takes the
     * spelling met most often among its full names (for a person, names with a given name), so the
     * first article read does not decide it.
     */
    static void renameToCommonestSpellings(Connection connection, Iterable<Long> ids) throws SQLException {
        for (long id : ids) {
            renameToCommonestSpelling(connection, id);
        }
    }

    private static void renameToCommonestSpelling(Connection connection, long id) throws SQLException {
        String best = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT al.alias FROM actor_aliases al JOIN actors ac ON ac.id = al.actor_id "
                + "WHERE ac.id = ? AND ac.canonical = 0 AND (ac.type <> 'person' OR instr(al.alias, ' ') > 0) "
                + "ORDER BY al.seen DESC, al.alias = ac.name DESC, length(al.alias) DESC LIMIT 1")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    best = rows.getString(1);
                }
            }
        }
        if (best != null) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE actors SET name = ? WHERE id = ? AND name <> ?")) {
                update.setString(1, best);
                update.setLong(2, id);
                update.setString(3, best);
                update.executeUpdate();
            }
        }
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
