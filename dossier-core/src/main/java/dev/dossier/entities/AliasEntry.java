package dev.dossier.entities;

import dev.dossier.model.ActorType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One actor of an {@link AliasBook}: its canonical name, the other ways news text names it, and
 * the roles by which text refers to it ("Russia's foreign minister").
 *
 * @param id stable identifier: lowercase letters, digits and single hyphens ("sergei-lavrov")
 * @param name the canonical name ("Sergei Lavrov", "the Kremlin", "Kyiv")
 * @param description what the actor is, or stands for when used as a metonym; may be empty
 * @param aliases other names and spellings ("Sergey Lavrov", "Lavrov", "Kiev")
 * @param roles offices held, each with its own dates
 */
public record AliasEntry(String id, String name, ActorType type, String description, List<String> aliases, List<Role> roles) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public AliasEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an id is lowercase letters, digits and single hyphens: '" + id + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("an alias entry needs a name");
        }
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        if (aliases.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("blank alias for " + name);
        }
    }

    /** The canonical name followed by the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return List.copyOf(names);
    }

    /**
     * An office held from {@code from} (inclusive) to {@code to} (exclusive: the day the successor
     * took office). A null {@code from} means the start is not recorded; a null {@code to} means the
     * office is still held.
     *
     * @param title the office ("foreign minister of Russia")
     * @param aliases other phrases news text uses for it ("Russia's top diplomat")
     */
    public record Role(String title, List<String> aliases, LocalDate from, LocalDate to) {

        public Role {
            Objects.requireNonNull(title, "title");
            if (title.isBlank()) {
                throw new IllegalArgumentException("a role needs a title");
            }
            aliases = List.copyOf(aliases);
            if (from != null && to != null && !to.isAfter(from)) {
                throw new IllegalArgumentException("role '" + title + "' ends (" + to + ") before it starts (" + from + ")");
            }
        }

        /** Whether the office was held on {@code date}. */
        public boolean heldOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }

        /** Whether the office had been left by {@code date} (by now, when {@code date} is null). */
        public boolean leftBy(LocalDate date) {
            return to != null && (date == null || !date.isBefore(to));
        }

        /** The title followed by the aliases. */
        public List<String> phrases() {
            List<String> phrases = new ArrayList<>(aliases.size() + 1);
            phrases.add(title);
            phrases.addAll(aliases);
            return List.copyOf(phrases);
        }
    }
}
