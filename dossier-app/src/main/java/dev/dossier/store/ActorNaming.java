package dev.dossier.store;

import dev.dossier.model.NamedActor;

/**
 * How the store groups actors across articles: a folded key per actor, so that spelling and
 * transliteration variants meet. Supplied by the engine from the entities stage.
 *
 * <p>Each method must be a function of the actor (the same answer every time it is asked): the
 * store keeps the answers for the actors it has met instead of asking again.
 */
public interface ActorNaming {

    /**
     * The grouping key of an actor already passed through {@link #canonical}: equal keys, same
     * actor. For a person named by surname only, the key ends in {@code |?}.
     */
    String key(NamedActor canonical);

    /** For a person already passed through {@link #canonical}, the part of the key before {@code |} (the folded surname); null for others. */
    String surnameKey(NamedActor canonical);

    /**
     * The actor as the store keeps it: a canonical spelling and type when one is known (an alias
     * book entry), else the actor as given.
     */
    default NamedActor canonical(NamedActor actor) {
        return actor;
    }
}
