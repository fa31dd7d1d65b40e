package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A point of contention that actors take sides on ("foreign troops in Ukraine", "sanctions"),
 * known by the phrases that name it in statements.
 *
 * @param name how the issue is shown, lower case
 * @param phrases the words that mark a statement as being about it, lower case, the name among
 *     them; a matcher folds plurals and possessives
 * @param supports what a supporting stance means, for a reader; null when not stated
 * @param defined whether a user defined it (an issues file) rather than Dossier discovered it
 * @param contrary phrases that name the other side of the issue, lower case ("deportation" for
 *     legal status for immigrants): a statement that names the issue only through them and backs
 *     what they name opposes the issue
 */
public record Issue(String name, List<String> phrases, String supports, boolean defined, List<String> contrary) {

    /** An issue with no contrary phrases. */
    public Issue(String name, List<String> phrases, String supports, boolean defined) {
        this(name, phrases, supports, defined, List.of());
    }

    public Issue {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an issue needs a name");
        }
        phrases = List.copyOf(phrases);
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("issue '" + name + "' needs at least one phrase");
        }
        contrary = List.copyOf(contrary);
    }
}
