package dev.dossier.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's name as written in news text, split into title words, given names and surname, with
 * folded keys for comparing spellings.
 *
 * <p>Parsing ({@link #parse}): role and title words before the name are dropped into {@link
 * #titles()} ("U.S. Gen. Dan Caine", "Russia's Foreign Minister Sergei Lavrov", "Mr Lavrov");
 * when a name follows a comma-separated role ("Russia's foreign minister, Sergei Lavrov") the name
 * segment is used. Surname particles stay with the surname ("Ursula von der Leyen" has surname "von
 * der Leyen", "Mohammed bin Salman" has "bin Salman"). Common Korean and Chinese family names
 * written first are recognised ("Kim Jong-un", "Xi Jinping": surname "Kim", "Xi"). A single word is
 * a surname ("Lavrov"). Suffixes are dropped from the name; a generational one ("Jr.", "Sr.",
 * "III") is kept as its {@link #generation()}, since it tells a son from his father.
 *
 * <p>Keys ({@link #surnameKey()}, {@link #givenKeys()}): lowercase (Locale.ROOT), diacritics
 * removed, transliteration variants folded by the rules documented in {@code NameFolding} (Zelensky /
 * Zelenskyy / Zelenskiy / Zelenski share one key; so do Sergei / Sergey, Arkady / Arkadiy / Arkadi,
 * Dastova / Dastowa). The Arabic article of a surname is left out of its key ("al-Assad" and
 * "Assad" share one); other particles are kept ("von der Leyen" is not "Leyen").
 *
 * <p>Immutable and thread-safe. Equality is by the written text, which determines everything else.
 */
public final class PersonName {

    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?:[AaEe]l|[Aa][dnrstz]|[Aa]sh)[-\\s]+(?=\\S)");

    private final String written;
    private final List<String> titles;
    private final List<String> givenNames;
    private final String surname;
    private final boolean surnameFirst;
    private final String surnameKey;
    private final List<GivenPart> givenParts;
    private final String generation;

    PersonName(String written, List<String> titles, List<String> givenNames, String surname, boolean surnameFirst, String generation) {
        this.written = Objects.requireNonNull(written, "written");
        this.titles = List.copyOf(titles);
        this.givenNames = List.copyOf(givenNames);
        this.surname = Objects.requireNonNull(surname, "surname");
        this.surnameFirst = surnameFirst;
        this.generation = Objects.requireNonNull(generation, "generation");
        String bare = NameFolding.fold(ARABIC_ARTICLE.matcher(surname).replaceFirst(""));
        this.surnameKey = bare.isEmpty() ? NameFolding.fold(surname) : bare;
        if (surnameKey.isEmpty()) {
            throw new IllegalArgumentException("a surname needs letters: '" + surname + "' in '" + written + "'");
        }
        this.givenParts = givenParts(this.givenNames, surnameFirst, written.chars().noneMatch(Character::isLowerCase));
    }

    /** The name in {@code written}, or empty when no name word remains (blank text, "President", "the minister"). */
    public static Optional<PersonName> parse(String written) {
        Objects.requireNonNull(written, "written");
        return NameParser.parse(written);
    }

    /**
     * The name in {@code written}.
     *
     * @throws IllegalArgumentException when the text holds no name word
     */
    public static PersonName of(String written) {
        return parse(written).orElseThrow(() -> new IllegalArgumentException("no person's name in '" + written + "'"));
    }

    /** The text this name was parsed from. */
    public String written() {
        return written;
    }

    /** Title, role, nationality and possessive words dropped from before the name, as written. */
    public List<String> titles() {
        return titles;
    }

    /** Given names as written, in order (for surname-first names, the words after the surname). */
    public List<String> givenNames() {
        return givenNames;
    }

    /** The surname as written, with its particles ("von der Leyen", "bin Salman", "al-Assad"). */
    public String surname() {
        return surname;
    }

    /** Whether the name was written surname first ("Kim Jong-un", "Xi Jinping"). */
    public boolean surnameFirst() {
        return surnameFirst;
    }

    /** The folded generational suffix ("jr", "sr", "iii"), or "" when the name has none. */
    public String generation() {
        return generation;
    }

    public boolean hasGivenNames() {
        return !givenParts.isEmpty();
    }

    /** The folded surname: never empty. */
    public String surnameKey() {
        return surnameKey;
    }

    /**
     * The folded first given name (an initial is its one letter; listed variant forms give their
     * canonical form's key: "Aleksandr" gives the key of "Alexander"), or "" when there is none.
     */
    public String givenKey() {
        return givenParts.isEmpty() ? "" : givenParts.get(0).key();
    }

    /** The folded given names in order; initials count one key per letter ("J.D." gives "j", "d"). */
    public List<String> givenKeys() {
        return givenParts.stream().map(GivenPart::key).toList();
    }

    List<GivenPart> givenParts() {
        return givenParts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName that && written.equals(that.written);
    }

    @Override
    public int hashCode() {
        return written.hashCode();
    }

    @Override
    public String toString() {
        return written;
    }

    private static List<GivenPart> givenParts(List<String> givenNames, boolean surnameFirst, boolean allCaps) {
        List<GivenPart> parts = new ArrayList<>();
        if (surnameFirst) {
            // "Jong-un", "Jong Un" and "Jongun" are one given name: its syllables are joined.
            String joined = String.join("", givenNames);
            parts.add(new GivenPart(NameFolding.fold(joined), NameFolding.letters(joined), false));
            return List.copyOf(parts);
        }
        for (String given : givenNames) {
            String letters = NameFolding.letters(given);
            if (letters.isEmpty()) {
                continue;
            }
            if (NameParser.isInitials(given, allCaps)) {
                for (char initial : letters.toCharArray()) {
                    parts.add(new GivenPart(String.valueOf(initial), String.valueOf(initial), true));
                }
            } else {
                parts.add(new GivenPart(NameFolding.foldGiven(given), letters, false));
            }
        }
        return List.copyOf(parts);
    }

    /**
     * One given name (or one initial) ready for comparison.
     *
     * @param key the folded form; for an initial, its letter
     * @param letters the unfolded lowercase letters, so that an initial matches the written first
     *     letter even where folding changed it ("Y." matches "Yevgeny", folded "evgeni")
     */
    record GivenPart(String key, String letters, boolean initial) {

        boolean compatibleWith(GivenPart other) {
            if (initial && other.initial) {
                return key.equals(other.key);
            }
            if (initial || other.initial) {
                GivenPart letter = initial ? this : other;
                GivenPart full = initial ? other : this;
                return full.letters.startsWith(letter.key) || full.key.startsWith(letter.key);
            }
            return key.equals(other.key);
        }
    }
}
