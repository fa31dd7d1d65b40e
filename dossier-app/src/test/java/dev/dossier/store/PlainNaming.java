package dev.dossier.store;

import dev.dossier.model.ActorType;
import dev.dossier.model.NamedActor;
import java.util.Locale;

/** A naming for store tests: persons keyed "surname|given" by their last and first words, others by their lower-cased name. */
final class PlainNaming implements ActorNaming {

    @Override
    public String key(NamedActor actor) {
        String name = actor.name().toLowerCase(Locale.ROOT);
        if (actor.type() != ActorType.PERSON) {
            return name;
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? name + "|?" : name.substring(space + 1) + "|" + name.substring(0, name.indexOf(' '));
    }

    @Override
    public String surnameKey(NamedActor actor) {
        return actor.type() == ActorType.PERSON ? key(actor).substring(0, key(actor).indexOf('|')) : null;
    }
}
