package dev.dossier.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/**
 * The words of English time expressions: month and weekday names, number words and units, as
 * regular-expression fragments and lookups. Month and weekday names are matched capitalised only,
 * so that "may", "march" and "sun" as ordinary words are not taken for dates.
 */
final class TimeWords {

    static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String NUMBER = "((?:\\d{1,3}(?:\\.\\d)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five"
            + "|six|seven|eight|nine)|several|a few|few|many|some)(?: and a half)?)";
    static final String UNIT = "(seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))";

    /** The words {@link #MONTH}, {@link #WEEKDAY} and {@link #UNIT} match, as {@link Rule#triggers}. */
    static final String MONTH_WORDS = "january february march april may june july august september october november december"
            + " jan feb mar apr jun jul aug sep sept oct nov dec";
    static final String WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday";
    static final String UNIT_WORDS = "second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights"
            + " month months quarter quarters year years decade decades century centuries";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100));

    private TimeWords() {}

    /** 1 to 12 for a month name or abbreviation as {@link #MONTH} matches it. */
    static int month(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (key.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    /**
     * The amount a number word or numeral stands for as TIMEX3 writes it ("2", "2.5", "24"), or
     * {@code X} for a vague one ("several", "a few"); null when the word is not a number.
     */
    static String amount(String text) {
        String word = text.toLowerCase(Locale.ROOT).strip();
        boolean half = word.endsWith(" and a half");
        if (half) {
            word = word.substring(0, word.length() - " and a half".length());
        }
        Integer value;
        if (word.matches("\\d+(\\.\\d)?")) {
            return half ? null : word.replaceFirst("\\.0$", "");
        } else if (word.matches("several|a few|few|many|some")) {
            return "X";
        } else if (word.contains("-")) {
            String[] parts = word.split("-", 2);
            Integer tens = NUMBERS.get(parts[0]);
            Integer ones = NUMBERS.get(parts[1]);
            value = tens == null || ones == null ? null : tens + ones;
        } else {
            value = NUMBERS.get(word);
        }
        if (value == null) {
            return null;
        }
        return half ? value + ".5" : Integer.toString(value);
    }

    /**
     * The TIMEX3 duration for an amount of a unit: {@code P2W}, {@code PT24H}, {@code P10Y} for a
     * decade, {@code PXY} for "several years".
     */
    static String duration(String amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("decade") || u.startsWith("centur")) {
            int factor = u.startsWith("decade") ? 10 : 100;
            return "P" + (amount.matches("\\d+") ? Integer.toString(Integer.parseInt(amount) * factor) : amount.equals("1") ? factor : "X") + "Y";
        }
        if (u.startsWith("fortnight")) {
            return amount.matches("\\d+") ? "P" + Integer.parseInt(amount) * 2 + "W" : "PXW";
        }
        return switch (u.charAt(0)) {
            case 's' -> "PT" + amount + "S";
            case 'h' -> "PT" + amount + "H";
            case 'm' -> u.startsWith("min") ? "PT" + amount + "M" : "P" + amount + "M";
            case 'd', 'n' -> "P" + amount + "D";
            case 'w' -> "P" + amount + "W";
            case 'q' -> "P" + amount + "Q";
            default -> "P" + amount + "Y";
        };
    }
}
