package dev.dossier.entities;

import dev.dossier.entities.PersonName.GivenPart;
import java.util.List;

/**
 * Whether two written names can denote the same person, and a key for grouping names.
 *
 * <p>The guards, in order: the folded surnames must be equal ({@link PersonName#surnameKey()});
 * a name without given names ("Lavrov", "Mr Zelensky") is compatible with every name of that
 * surname, and the caller decides by context which person it is; when both have given names, the
 * shorter list must match the longer one in order, word by word, where a word matches an equal
 * folded key (Sergei / Sergey), a listed variant form (Aleksandr / Alexander), or an initial of it
 * ("J." / "Joe"). Words of the longer list may be skipped, so a middle name or initial can be
 * missing ("Donald J. Trump" / "Donald Trump", "Recep Tayyip Erdoğan" / "Tayyip Erdoğan").
 * Different given names with one surname are different people (Signe / Erik Halvorsen, Joe /
 * Hunter Biden), and gendered forms differ (Alexander / Alexandra). A generational suffix is part
 * of a full name: "Donald Trump Jr." is not "Donald Trump" (a son named for his father), though a
 * surname alone may be either.
 *
 * <p>Known limit: a name whose given names are a subset of two others' matches both ("George Bush"
 * matches "George W. Bush" and "George H. W. Bush"); {@link AliasBook} entries settle such people.
 *
 * <p>Thread-safe: stateless.
 */
public final class NameMatch {

    private NameMatch() {}

    /** Whether {@code a} and {@code b} may be the same person by the guards above; symmetric and reflexive. */
    public static boolean samePerson(PersonName a, PersonName b) {
        if (!a.surnameKey().equals(b.surnameKey())) {
            return false;
        }
        if (!a.hasGivenNames() || !b.hasGivenNames()) {
            return true;
        }
        if (!a.generation().equals(b.generation())) {
            return false;
        }
        List<GivenPart> x = a.givenParts();
        List<GivenPart> y = b.givenParts();
        return x.size() <= y.size() ? embeds(x, y) : embeds(y, x);
    }

    /**
     * {@code surnameKey + "|" + givenKey}, or {@code surnameKey + "|?"} for a surname alone:
     * "Sergey Lavrov" and "Sergei Lavrov" give {@code "lavrov|sergei"}, "Lavrov" gives {@code
     * "lavrov|?"}; a generational suffix follows the given name ("Donald Trump Jr." gives {@code
     * "trump|donald jr"}). Names with one key share the surname and first given name but may still differ
     * in later given names, and names of one person may have different keys (an initial, a missing
     * first name): cluster with {@code samePerson} and use the key to name and bucket groups.
     */
    public static String canonicalKey(PersonName name) {
        if (!name.hasGivenNames()) {
            return name.surnameKey() + "|?";
        }
        return name.surnameKey() + "|" + name.givenKey() + (name.generation().isEmpty() ? "" : " " + name.generation());
    }

    /** Whether every part of {@code shorter} matches a part of {@code longer}, in order (greedy is exact for subsequences). */
    private static boolean embeds(List<GivenPart> shorter, List<GivenPart> longer) {
        int j = 0;
        for (GivenPart part : shorter) {
            while (j < longer.size() && !part.compatibleWith(longer.get(j))) {
                j++;
            }
            if (j == longer.size()) {
                return false;
            }
            j++;
        }
        return true;
    }
}
