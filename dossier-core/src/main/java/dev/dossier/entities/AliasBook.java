package dev.dossier.entities;

import dev.dossier.entities.AliasEntry.Role;
import dev.dossier.model.ActorType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The actors Dossier knows by name and by role: a built-in starter set of frequently quoted world
 * figures, bodies and capitals, extended or overridden by the user's own alias file.
 *
 * <p>The alias file is UTF-8 JSON (comments and a trailing comma are allowed): a list of actors.
 *
 * <pre>{@code
 * [
 *   {"name": "Sergei Lavrov", "type": "person",
 *    "aliases": ["Sergey Lavrov", "Lavrov"],
 *    "roles": [{"title": "foreign minister of Russia",
 *               "aliases": ["Russia's top diplomat", "the Russian foreign minister"],
 *               "from": "2004-03-09", "to": null}]},
 *   {"name": "the Kremlin", "type": "organization", "description": "the Russian presidency"},
 *   {"name": "Kyiv", "type": "place", "aliases": ["Kiev"], "description": "the government of Ukraine"}
 * ]
 * }</pre>
 *
 * <ul>
 *   <li>{@code name} (required): the canonical name; for a person it must parse as a {@link PersonName}.
 *   <li>{@code type} (required): {@code person}, {@code organization} or {@code place}.
 *   <li>{@code id}: lowercase letters, digits and hyphens; defaults to the name's key ("sergei-lavrov",
 *       "kremlin"). Ids are unique within a file.
 *   <li>{@code description}: free text, e.g. what a metonym stands for.
 *   <li>{@code aliases}: other names and spellings. Person names need not list spelling variants
 *       that {@link NameMatch} already folds (Sergey / Sergei); list forms it cannot guess ("Lula", "MBS").
 *   <li>{@code roles}: offices, each with {@code title} (required), {@code aliases}, {@code from}
 *       (inclusive) and {@code to} (exclusive, the successor's first day), dates as "YYYY-MM-DD" or
 *       null (start not recorded; still in office). A second term is a second role.
 * </ul>
 *
 * Any other field is an error, so a misspelt field name is reported rather than ignored. An entry
 * with an error is left out and reported in {@link #problems()}; the rest of the file is used.
 *
 * <p>Immutable and thread-safe.
 */
public final class AliasBook {

    private static final String STARTER = "aliases.json";

    private final List<AliasEntry> entries;
    private final List<String> problems;
    private final Map<String, List<AliasEntry>> byNameKey = new HashMap<>();
    private final Map<AliasEntry, List<PersonName>> personNames = new LinkedHashMap<>();
    private final Map<String, List<Held>> byRoleKey = new HashMap<>();

    private record Held(AliasEntry entry, Role role) {}

    private AliasBook(List<AliasEntry> entries, List<String> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        for (AliasEntry entry : this.entries) {
            for (String name : entry.names()) {
                byNameKey.computeIfAbsent(Phrases.nameKey(name), k -> new ArrayList<>()).add(entry);
            }
            if (entry.type() == ActorType.PERSON) {
                personNames.put(entry, entry.names().stream().map(PersonName::parse).flatMap(Optional::stream).toList());
            }
            for (Role role : entry.roles()) {
                for (String phrase : role.phrases()) {
                    byRoleKey.computeIfAbsent(Phrases.roleKey(phrase).key(), k -> new ArrayList<>()).add(new Held(entry, role));
                }
            }
        }
    }

    /** The built-in starter set (the resource {@code dev/dossier/entities/aliases.json}). */
    public static AliasBook starter() {
        return Starter.BOOK;
    }

    /**
     * Reads a user's alias file.
     *
     * @throws IOException when the file cannot be read, is not JSON or is not a JSON list; the
     *     message names the file and the line. Bad entries do not throw: see {@link #problems()}.
     */
    public static AliasBook load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads an alias file from a stream (one fetched from a distributed file system, say), as
     * {@link #load} does; {@code source} names it in messages. The stream is not closed.
     */
    public static AliasBook read(InputStream in, String source) throws IOException {
        AliasFile.Contents contents = AliasFile.read(in, source);
        return new AliasBook(contents.entries(), contents.problems());
    }

    /**
     * This book with {@code other}'s entries added; an entry of {@code other} replaces each entry
     * here that it denotes: the same id, or the same type and name (for people, full names that
     * {@link NameMatch#samePerson} accepts, so "Sergey Lavrov" replaces "Sergei Lavrov"). To change
     * one starter entry, copy it into the user file and edit it there.
     */
    public AliasBook merge(AliasBook other) {
        List<AliasEntry> merged = new ArrayList<>();
        for (AliasEntry entry : entries) {
            if (other.entries.stream().noneMatch(replacement -> denotesSame(replacement, entry))) {
                merged.add(entry);
            }
        }
        merged.addAll(other.entries);
        List<String> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new AliasBook(merged, allProblems);
    }

    public List<AliasEntry> entries() {
        return entries;
    }

    /** One line for each entry left out, naming the file and the JSON path ({@code $[3].roles[0].from}). */
    public List<String> problems() {
        return problems;
    }

    /**
     * The actor {@code written} names. First an exact match of a name or alias, ignoring case,
     * diacritics, punctuation and a leading "the" ("the Kremlin", "Elysee", "Kiev"); then, for
     * people, a name match by {@link NameMatch#samePerson} ("Zelenskiy", "President Putin", "Mr
     * Lavrov"). Empty when nothing matches or when several actors do (a surname shared by two
     * entries): the caller then needs context.
     */
    public Optional<AliasEntry> byName(String written) {
        Objects.requireNonNull(written, "written");
        Set<AliasEntry> exact = new LinkedHashSet<>(byNameKey.getOrDefault(Phrases.nameKey(written), List.of()));
        if (!exact.isEmpty()) {
            return exact.size() == 1 ? exact.stream().findFirst() : Optional.empty();
        }
        Optional<PersonName> person = PersonName.parse(written);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        // a full name must meet a full name: "Melania Trump" is not the alias "Trump" of Donald Trump
        PersonName query = person.get();
        List<AliasEntry> matches = personNames.entrySet().stream()
                .filter(names -> names.getValue().stream()
                        .anyMatch(name -> (name.hasGivenNames() || !query.hasGivenNames()) && NameMatch.samePerson(query, name)))
                .map(Map.Entry::getKey)
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * The actors holding the role {@code roleText} names ("Russia's foreign minister", "the US
     * president", "NATO chief") on {@code date}, in file order. The phrase and the role titles and
     * aliases are compared after one normalisation (documented in {@code Phrases}): case, diacritics,
     * possessives and "the" ignored, countries and their adjectives merged ("Russian", "Russia's"),
     * "X of COUNTRY" read as "COUNTRY X", "top diplomat" read as "foreign minister", "chief" as "head". A null date returns every holder. "Former ..." returns those who had left the
     * office by the date. Empty for unknown phrases; several for shared offices or a null date.
     */
    public List<AliasEntry> byRole(String roleText, LocalDate date) {
        Objects.requireNonNull(roleText, "roleText");
        Phrases.RoleKey key = Phrases.roleKey(roleText);
        Set<AliasEntry> holders = new LinkedHashSet<>();
        for (Held held : byRoleKey.getOrDefault(key.key(), List.of())) {
            boolean fits = key.former() ? held.role().leftBy(date) : date == null || held.role().heldOn(date);
            if (fits) {
                holders.add(held.entry());
            }
        }
        return List.copyOf(holders);
    }

    private static boolean denotesSame(AliasEntry replacement, AliasEntry entry) {
        if (replacement.id().equals(entry.id())) {
            return true;
        }
        if (replacement.type() != entry.type()) {
            return false;
        }
        if (entry.type() != ActorType.PERSON) {
            return Phrases.nameKey(replacement.name()).equals(Phrases.nameKey(entry.name()));
        }
        PersonName a = PersonName.of(replacement.name());
        PersonName b = PersonName.of(entry.name());
        return a.hasGivenNames() && b.hasGivenNames() && NameMatch.samePerson(a, b);
    }

    /** Loads the starter set once, on first use; a problem in the shipped file is a build error. */
    private static final class Starter {
        static final AliasBook BOOK = read();

        private static AliasBook read() {
            try (InputStream in = AliasBook.class.getResourceAsStream(STARTER)) {
                if (in == null) {
                    throw new IllegalStateException("the starter alias file " + STARTER + " is missing from the class path");
                }
                AliasFile.Contents contents = AliasFile.read(in, STARTER + " (built in)");
                if (!contents.problems().isEmpty()) {
                    throw new IllegalStateException(String.join("\n", contents.problems()));
                }
                return new AliasBook(contents.entries(), List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
