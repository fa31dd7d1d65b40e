package dev.dossier.engine;

import dev.dossier.entities.AliasBook;
import dev.dossier.entities.AliasEntry;
import dev.dossier.entities.NameMatch;
import dev.dossier.entities.PersonName;
import dev.dossier.model.ActorType;
import dev.dossier.model.NamedActor;
import dev.dossier.store.ActorNaming;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The store's actor grouping, from the entities stage: a person's key is their folded surname and
 * given name (so Zelensky, Zelenskyy and Zelenskiy meet, and Sergei and Sergey Lavrov); a name the
 * alias book knows takes the book's canonical spelling first; organisations and places are keyed by
 * their folded name. Thread-safe: stateless over an immutable alias book.
 */
final class EntityNaming implements ActorNaming {

    private final AliasBook aliases;

    EntityNaming(AliasBook aliases) {
        this.aliases = aliases;
    }

    @Override
    public String key(NamedActor actor) {
        if (actor.type() == ActorType.PERSON) {
            Optional<PersonName> person = PersonName.parse(actor.name());
            if (person.isPresent()) {
                return NameMatch.canonicalKey(person.get());
            }
        }
        return fold(actor.name());
    }

    @Override
    public String surnameKey(NamedActor actor) {
        if (actor.type() != ActorType.PERSON) {
            return null;
        }
        return PersonName.parse(actor.name()).map(PersonName::surnameKey).orElse(null);
    }

    /**
     * The alias book's entry for the name, with the book's type (the NER model takes fictional or
     * rare country names for people); else the actor as named.
     */
    @Override
    public NamedActor canonical(NamedActor actor) {
        Optional<AliasEntry> entry = aliases.byName(actor.name());
        if (entry.isPresent()) {
            return new NamedActor(entry.get().name(), entry.get().type());
        }
        return actor;
    }

    private static String fold(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
            lower = lower.substring(4);
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
