package dev.dossier.engine;

import dev.dossier.entities.ActorKeys;
import dev.dossier.entities.AliasBook;
import dev.dossier.model.NamedActor;
import dev.dossier.store.ActorNaming;

/**
 * The store's actor grouping, from the entities stage: a name the alias book knows takes the book's
 * canonical spelling first, then {@link ActorKeys} groups spelling variants. Thread-safe: stateless
 * over an immutable alias book.
 */
final class EntityNaming implements ActorNaming {

    private final AliasBook aliases;

    EntityNaming(AliasBook aliases) {
        this.aliases = aliases;
    }

    @Override
    public String key(NamedActor actor) {
        return ActorKeys.key(actor);
    }

    @Override
    public String surnameKey(NamedActor actor) {
        return ActorKeys.surnameKey(actor);
    }

    @Override
    public NamedActor canonical(NamedActor actor) {
        return ActorKeys.canonical(aliases, actor);
    }
}
