package dev.dossier.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern and what a match of it means. {@code make} returns null to reject a match
 * (an impossible date, a year out of range, a word that is not a time here).
 */
record Rule(String name, Pattern pattern, Maker make) {

    interface Maker {
        Found make(Matcher match, Anchor anchor);
    }

    static Rule of(String name, String regex, Maker make) {
        return new Rule(name, Pattern.compile(regex), make);
    }
}
