package dev.dossier.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The live stories by the words, actors and statements they hold, so that an article's word,
 * actor and statement scores are computed only with the stories that share one of its own: with
 * every other story each of those scores is zero. The clusterer keeps it in step with its stories
 * ({@link #add} after an article joins one, {@link #remove} when one merges away, splits or retires).
 *
 * <p>Stories are held by identity (a {@link Group} is its own key). Not thread-safe; owned by one
 * {@link StoryClusterer}.
 */
final class KeyIndex {

    private final Map<String, Set<Group>> byTerm = new HashMap<>();
    private final Map<String, Set<Group>> byActor = new HashMap<>();
    private final Map<Long, Set<Group>> byStatement = new HashMap<>();

    /** Records the keys {@code item} brought to {@code group}, which it has just joined. */
    void add(Group group, StoryItem item) {
        if (item.copyOf() == null) {
            // a story keeps no word of an article whose word vector is empty
            item.terms().keySet().stream().filter(group.terms()::contains).forEach(term -> holders(byTerm, term).add(group));
            item.actors().keySet().forEach(actor -> holders(byActor, actor).add(group));
        }
        item.statements().forEach(statement -> holders(byStatement, statement).add(group));
    }

    /** Forgets a story that is no longer live under this object. */
    void remove(Group group) {
        group.terms().forEach(term -> drop(byTerm, term, group));
        group.actors().forEach(actor -> drop(byActor, actor, group));
        group.statements().forEach(statement -> drop(byStatement, statement, group));
    }

    /** The live stories that share a word, an actor or a statement with {@code item}. */
    Set<Group> sharing(StoryItem item) {
        Set<Group> sharing = new HashSet<>();
        item.terms().keySet().forEach(term -> sharing.addAll(byTerm.getOrDefault(term, Set.of())));
        item.actors().keySet().forEach(actor -> sharing.addAll(byActor.getOrDefault(actor, Set.of())));
        item.statements().forEach(statement -> sharing.addAll(byStatement.getOrDefault(statement, Set.of())));
        return sharing;
    }

    private static <K> Set<Group> holders(Map<K, Set<Group>> index, K key) {
        return index.computeIfAbsent(key, k -> new HashSet<>());
    }

    private static <K> void drop(Map<K, Set<Group>> index, K key, Group group) {
        Set<Group> holders = index.get(key);
        if (holders != null && holders.remove(group) && holders.isEmpty()) {
            index.remove(key);
        }
    }
}
