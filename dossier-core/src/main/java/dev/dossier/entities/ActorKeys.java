package dev.dossier.entities;

import dev.dossier.model.ActorType;
import dev.dossier.model.NamedActor;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Grouping keys for actors across articles: a person's key is their folded surname and given name
 * (so Zelensky, Zelenskyy and Zelenskiy meet, and Sergei and Sergey Lavrov); organisations and
 * places are keyed by their folded name. One definition for every place that groups actors: the
 * store, and the Spark job that groups them without a store.
 *
 * <p>Stateless and thread-safe.
 */
public final class ActorKeys {

    private ActorKeys() {}

    /**
     * The actor as the alias book names it, with the book's type (the NER model takes fictional or
     * rare country names for people); else the actor as named.
     */
    public static NamedActor canonical(AliasBook aliases, NamedActor actor) {
        Optional<AliasEntry> entry = aliases.byName(actor.name());
        return entry.map(known -> new NamedActor(known.name(), known.type())).orElse(actor);
    }

    /** The key of an actor (already given its canonical spelling): equal keys, same actor. A surname alone ends in {@code |?}. */
    public static String key(NamedActor actor) {
        if (actor.type() == ActorType.PERSON) {
            Optional<PersonName> person = PersonName.parse(actor.name());
            if (person.isPresent()) {
                return NameMatch.canonicalKey(person.get());
            }
        }
        return fold(actor.name());
    }

    /** For a person, the folded surname (the part of the key before {@code |}); null for others. */
    public static String surnameKey(NamedActor actor) {
        if (actor.type() != ActorType.PERSON) {
            return null;
        }
        return PersonName.parse(actor.name()).map(PersonName::surnameKey).orElse(null);
    }

    private static String fold(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
            lower = lower.substring(4);
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
