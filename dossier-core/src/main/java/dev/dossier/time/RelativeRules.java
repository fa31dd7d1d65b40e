package dev.dossier.time;

import static dev.dossier.time.TimeWords.NUMBER;
import static dev.dossier.time.TimeWords.WEEKDAY;

import dev.dossier.model.TimePrecision;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Expressions relative to the publication date: today, yesterday, weekdays, "last week", "earlier
 * this year", "two weeks ago", "in two weeks" (a date, in a future context), and the references
 * TIMEX3 keeps relative ("now", "recently", "the future").
 */
final class RelativeRules {

    /** TIMEX3's value for a decade that cannot be resolved. */
    private static final String UNKNOWN_DECADE = "X".repeat(3);

    private static final String PARTS = "(?:\\s+(morning|afternoon|evening|night))?";
    private static final String PRE = "(?:(earlier|later|early|late|mid|the (?:end|beginning|start|middle|rest|remainder|first half|second half) of)[- ])?";

    private RelativeRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of("today", "today tonight morning afternoon evening", "\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+)?([Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening))\\b",
                        (m, a) -> {
                            String word = m.group(1).toLowerCase(Locale.ROOT);
                            String part = word.equals("tonight") ? "night" : word.startsWith("this ") ? word.substring(5) : null;
                            return part == null ? Found.date(m.start(), m.end(), a.days(0)) : Found.date(m.start(), m.end(), partOf(a, 0, part));
                        }),
                Rule.of("yesterday", "yesterday tomorrow", "\\b([Yy]esterday|[Tt]omorrow)" + PARTS + "\\b",
                        (m, a) -> {
                            int shift = m.group(1).toLowerCase(Locale.ROOT).startsWith("y") ? -1 : 1;
                            return Found.date(m.start(), m.end(), m.group(2) == null ? a.days(shift) : partOf(a, shift, m.group(2)));
                        }),
                Rule.of("last night", "night", "\\b[Ll]ast night\\b", (m, a) -> Found.date(m.start(), m.end(), partOf(a, -1, "night"))),
                Rule.of("weekday", TimeWords.WEEKDAY_WORDS, "\\b(?:(last|next|this|[Ll]ate|[Ee]arly)\\s+)?" + WEEKDAY + PARTS + "\\b",
                        RelativeRules::weekday),
                Rule.of("this week", "week weekend month year decade", "(?i)\\b" + PRE + "(?:(last|this|next|the past|the previous|the coming|the following|the current|the same)\\s+)"
                        + "(week|weekend|month|year|decade)\\b(?!-)", RelativeRules::period),
                Rule.of("the year", "week month year", "(?i)\\b(?:the (?:end|beginning|start|middle|rest|remainder) of) (?:the )(week|month|year)\\b",
                        (m, a) -> Found.date(m.start(), m.end(), shifted(a, m.group(1), 0))),
                Rule.of("the day", "day", "\\b(?:[Tt]he|[Tt]hat|[Tt]he same) day\\b(?!\\s+(?:before|after|of|when))",
                        (m, a) -> Found.date(m.start(), m.end(), a.days(0))),
                Rule.of("ago", "ago", "(?i)\\b" + NUMBER + "\\s+" + TimeWords.UNIT + "\\s+(ago)\\b", RelativeRules::ago),
                Rule.of("in weeks", TimeWords.UNIT_WORDS, "(?<=\\b[Ii]n\\s)" + NUMBER + "\\s+" + TimeWords.UNIT + "\\b(?!\\s+(?:of|time|a row|since|and))",
                        RelativeRules::inFuture),
                Rule.of("present", "now currently current present presently nowadays days time moment", "(?i)\\b(now|currently|current|at present|presently|nowadays|these days|the time being|at the moment)\\b(?!-)",
                        (m, a) -> Found.reference(m.start(), m.end(), "PRESENT_REF")),
                Rule.of("past", "recently recent lately previously past", "(?i)\\b((?:more |most |until |very )?recently|recent|lately|previously|the past)\\b(?!\\s+(?:\\d|few|several|decade|year|month|week|day|two|three|four|five|six|seven|eight|nine|ten))",
                        (m, a) -> Found.reference(m.start(), m.end(), "PAST_REF")),
                Rule.of("future", "future soon term coming", "(?i)\\b(the (?:near |distant )?future|(?:very )?soon|the (?:near|long|short) term|(?:short|long|near)-term|in the coming (?:days|weeks|months|years))\\b",
                        (m, a) -> Found.reference(m.start(), m.end(), "FUTURE_REF")));
    }

    private static Anchor.Point partOf(Anchor a, long days, String part) {
        Anchor.Point day = a.days(days);
        return new Anchor.Point(day.value() + "T" + code(part), TimePrecision.DAY, day.resolved());
    }

    private static String code(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    private static Found weekday(Matcher m, Anchor a) {
        int start = m.start();
        if (start >= 2) {
            // "Black Monday", "Super Tuesday", "Good Friday": a name, not this week's day
            int wordStart = start - 1;
            while (wordStart > 0 && Character.isLetter(a.text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String before = a.text.substring(wordStart, start).strip();
            if (m.group(1) == null && !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !before.equals("On")
                    && !before.equals("By") && !before.equals("Since") && !before.equals("Until") && !before.equals("Late")
                    && !before.equals("Early") && wordStart > 0 && a.text.charAt(wordStart - 1) != '\n'
                    && !(wordStart >= 2 && ".!?\"".indexOf(a.text.charAt(wordStart - 2)) >= 0)) {
                return null;
            }
        }
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        int shift = modifier.equals("last") ? -1 : modifier.equals("next") ? 1 : 0;
        Anchor.Point day = a.weekday(TimeWords.weekday(m.group(2)), a.tense(m.start(), m.end()), shift);
        if (m.group(3) != null) {
            day = new Anchor.Point(day.value() + "T" + code(m.group(3)), TimePrecision.DAY, day.resolved());
        }
        return Found.date(m.start(), m.end(), day);
    }

    private static Found period(Matcher m, Anchor a) {
        String pre = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String which = m.group(2).toLowerCase(Locale.ROOT);
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        if (which.equals("the past") || which.equals("the same")) {
            if (!pre.isEmpty() || which.equals("the same")) {
                return null;
            }
            return new Found(m.start(), m.end(), dev.dossier.model.TimexType.DURATION,
                    TimeWords.duration("1", unit), unit.startsWith("w") ? TimePrecision.WEEK : unit.startsWith("m") ? TimePrecision.MONTH : TimePrecision.YEAR, true);
        }
        int shift = which.matches("last|the previous") ? -1 : which.matches("next|the coming|the following") ? 1 : 0;
        return Found.date(m.start(), m.end(), shifted(a, unit, shift));
    }

    private static Anchor.Point shifted(Anchor a, String unit, int shift) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> a.week(shift);
            case "weekend" -> {
                Anchor.Point week = a.week(shift);
                yield new Anchor.Point(week.value() + "-WE", TimePrecision.WEEK, week.resolved());
            }
            case "month" -> a.monthShift(shift);
            case "decade" -> {
                Anchor.Point year = a.year(shift * 10L);
                // a decade is written with its first three digits (199 for the 1990s), unknown ones as three Xs
                yield new Anchor.Point(year.resolved() ? year.value().substring(0, 3) : UNKNOWN_DECADE, TimePrecision.YEAR, year.resolved());
            }
            default -> a.year(shift);
        };
    }

    private static Found ago(Matcher m, Anchor a) {
        String amount = TimeWords.amount(m.group(1));
        if (amount == null) {
            return null;
        }
        if (amount.equals("X") || amount.contains(".")) {
            return Found.reference(m.start(), m.end(), "PAST_REF");
        }
        return back(m, a, -Long.parseLong(amount), m.group(2));
    }

    private static Found inFuture(Matcher m, Anchor a) {
        String amount = TimeWords.amount(m.group(1));
        if (amount == null || amount.equals("X") || amount.contains(".") || a.tense(m.start(), m.end()) != Tense.FUTURE) {
            return null;
        }
        return back(m, a, Long.parseLong(amount), m.group(2));
    }

    private static Found back(Matcher m, Anchor a, long n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        Anchor.Point point = u.startsWith("day") || u.startsWith("night") ? a.days(n)
                : u.startsWith("week") ? a.days(7 * n)
                : u.startsWith("fortnight") ? a.days(14 * n)
                : u.startsWith("month") ? a.monthShift(n)
                : u.startsWith("year") ? a.year(n)
                : u.startsWith("decade") ? a.year(10 * n)
                : null;
        return point == null ? null : Found.date(m.start(), m.end(), point);
    }
}
