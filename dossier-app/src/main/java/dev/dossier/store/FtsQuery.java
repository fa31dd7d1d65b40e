package dev.dossier.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types into an FTS5 query that cannot be a syntax error: every word and every
 * "quoted phrase" becomes a quoted FTS5 string, all of them required. A trailing {@code *} on a
 * word keeps its prefix meaning.
 */
final class FtsQuery {

    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private FtsQuery() {}

    /** The FTS5 query, or an empty string when the input holds no searchable term. */
    static String of(String userQuery) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(userQuery);
        while (matcher.find()) {
            String phrase = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            boolean prefix = matcher.group(2) != null && phrase.endsWith("*") && phrase.length() > 1;
            String words = phrase.replace("*", " ").replace("\"", " ").strip();
            if (words.chars().anyMatch(Character::isLetterOrDigit)) {
                terms.add("\"" + words + "\"" + (prefix ? "*" : ""));
            }
        }
        return String.join(" ", terms);
    }
}
