package dev.dossier.time;

import static dev.dossier.time.TimeWords.NUMBER;
import static dev.dossier.time.TimeWords.UNIT;

import dev.dossier.model.TimePrecision;
import dev.dossier.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Lengths of time ("for two weeks", "a three-year war", "24 hours", "the past decade", "years")
 * and recurrences ("weekly", "annual").
 */
final class DurationRules {

    private static final String HEDGE = "(?:(?:nearly|almost|about|around|roughly|approximately|over|more than|less than|at least|up to|just)\\s+)?";
    /** The units of a vague duration ("for years"); looked for ahead before the look-behind, which is dear to try at every character. */
    private static final String VAGUE_UNITS = "years|months|weeks|days|decades|hours|minutes";
    private static final String DETERMINER = "(?:(?:the (?:past|last|next|previous|first|coming|following|final|remaining)|the|another|a further)\\s+)?";

    private DurationRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of("amount", TimeWords.UNIT_WORDS, "(?i)(?<![\\w$£€.,-])" + HEDGE + DETERMINER + NUMBER + "(?:\\s+|-)(?:straight\\s+|consecutive\\s+|trading\\s+|full\\s+)?" + UNIT + "(?![\\w-])",
                        DurationRules::amount),
                Rule.of("decade", "decade century", "(?i)\\b(?:over\\s+)?(?:the\\s+)?(?:past|last|previous)\\s+(decade|century)\\b",
                        (m, a) -> duration(m, TimeWords.duration("1", m.group(1)))),
                Rule.of("vague", "years months weeks days decades hours minutes", "(?i)(?=" + VAGUE_UNITS + ")(?<=\\b(?:for|recent|over the|in recent|many|several)\\s)(" + VAGUE_UNITS + ")\\b",
                        (m, a) -> duration(m, TimeWords.duration("X", m.group(1)))),
                Rule.of("vague phrase", "years months weeks decades", "(?i)\\b((?:recent|over the)\\s+(years|months|weeks|decades))\\b",
                        (m, a) -> duration(m, TimeWords.duration("X", m.group(2)))),
                Rule.of("set", "annual annually yearly weekly daily monthly quarterly hourly", "(?i)\\b(annual|annually|yearly|weekly|daily|monthly|quarterly|hourly)\\b",
                        (m, a) -> {
                            String word = m.group(1).toLowerCase(Locale.ROOT);
                            String value = switch (word.charAt(0)) {
                                case 'w' -> "P1W";
                                case 'd' -> "P1D";
                                case 'm' -> "P1M";
                                case 'q' -> "P1Q";
                                case 'h' -> "PT1H";
                                default -> "P1Y";
                            };
                            return new Found(m.start(), m.end(), TimexType.SET, value, precision(value), true);
                        }));
    }

    private static Found amount(Matcher m, Anchor a) {
        String amount = TimeWords.amount(m.group(1));
        if (amount == null) {
            return null;
        }
        // "twice a year", "per day": a rate, not a length
        int before = Math.max(0, m.start() - 12);
        String left = a.text.substring(before, m.start()).toLowerCase(Locale.ROOT);
        if (m.group(1).toLowerCase(Locale.ROOT).matches("an?") && left.matches("(?s).*\\b(?:times|once|twice|per|every)\\s*$")) {
            return null;
        }
        if (m.group(1).toLowerCase(Locale.ROOT).matches("an?") && m.group(2).toLowerCase(Locale.ROOT).matches("second|quarter")) {
            return null; // "a second A380", "about a quarter of its dealers"
        }
        if (m.group(1).equalsIgnoreCase("some") || m.group(1).equalsIgnoreCase("many")) {
            return null;
        }
        return duration(m, TimeWords.duration(amount, m.group(2)));
    }

    private static Found duration(Matcher m, String value) {
        return new Found(m.start(), m.end(), TimexType.DURATION, value, precision(value), true);
    }

    static TimePrecision precision(String value) {
        if (value.startsWith("PT")) {
            return TimePrecision.INSTANT;
        }
        return switch (value.charAt(value.length() - 1)) {
            case 'D' -> TimePrecision.DAY;
            case 'W' -> TimePrecision.WEEK;
            case 'M' -> TimePrecision.MONTH;
            default -> TimePrecision.YEAR;
        };
    }
}
