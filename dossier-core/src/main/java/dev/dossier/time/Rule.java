package dev.dossier.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern, the words every match of it contains ({@link Triggers}), and what a match means.
 * {@code make} returns null to reject a match (an impossible date, a year out of range, a word
 * that is not a time here).
 *
 * @param triggers lower-case words, each a whole run of ASCII letters in the text, of which every
 *     match of {@code pattern} contains at least one; {@link Triggers#DIGIT} stands for any digit.
 *     The tagger runs the pattern only near them, so a word missing here is a silent miss:
 *     {@code TemporalTriggersTest} checks the list against a scan of the whole text.
 */
record Rule(String name, Set<String> triggers, Pattern pattern, Maker make) {

    interface Maker {
        Found make(Matcher match, Anchor anchor);
    }

    /** A rule whose matches contain one of {@code triggers} (words separated by spaces). */
    static Rule of(String name, String triggers, String regex, Maker make) {
        return new Rule(name, Set.of(triggers.strip().split("\\s+")), Pattern.compile(regex), make);
    }
}
