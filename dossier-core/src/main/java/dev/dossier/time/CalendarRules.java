package dev.dossier.time;

import static dev.dossier.time.TimeWords.MONTH;

import dev.dossier.model.TimePrecision;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Calendar expressions: days with or without a year in the formats news English writes them,
 * months, years, decades, seasons, quarters and clock times. A day or month without a year takes
 * the year its tense points to ({@link Anchor}); an impossible day or an implausible year is no match.
 */
final class CalendarRules {

    /** Modifiers that keep the value of what they modify: "early 2025" is 2025, "mid-January" January. */
    private static final String PART = "(?:(?:early|mid|late|the (?:end|beginning|start|middle|first half|second half) of)[- ]?)?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /**
     * How a month expression begins: a modifier or a month ({@link TimeWords#MONTH}'s every spelling starts with its
     * first three letters). The month rule asks this first, so its look-behinds, which tried every preceding word
     * at every character, run only where a month may start (they took a third of the time the rules spent matching).
     */
    private static final String MONTH_START = "(?=(?:last|next|this|early|mid|late)[- ]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

    private CalendarRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of("year range", Triggers.DIGIT, "\\b(?:from|between)\\s+(1[89]\\d\\d|2[01]\\d\\d)\\s+(?:to|and|until|through)\\s+(1[89]\\d\\d|2[01]\\d\\d)\\b",
                        (m, a) -> num(m, 2) > num(m, 1) ? new Found(m.start(), m.end(), dev.dossier.model.TimexType.DURATION,
                                "P" + (num(m, 2) - num(m, 1)) + "Y", TimePrecision.YEAR, true) : null),
                Rule.of("iso day", Triggers.DIGIT, "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b(?!-)",
                        (m, a) -> day(m, Anchor.day(num(m, 1), num(m, 2), num(m, 3)))),
                Rule.of("month day year", TimeWords.MONTH_WORDS, "\\b" + PART + MONTH + "\\s+(\\d{1,2})" + ORDINAL + "(?:\\s*,\\s*|\\s+)(\\d{4})\\b",
                        (m, a) -> day(m, Anchor.day(num(m, 3), TimeWords.month(m.group(1)), num(m, 2)))),
                Rule.of("day month year", TimeWords.MONTH_WORDS, "\\b(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b",
                        (m, a) -> day(m, Anchor.day(num(m, 3), TimeWords.month(m.group(2)), num(m, 1)))),
                Rule.of("month day", TimeWords.MONTH_WORDS, "\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + "\\b(?!\\s*(?:,\\s*)?\\d|\\.\\d|\\s*%)",
                        (m, a) -> day(m, a.day(TimeWords.month(m.group(1)), num(m, 2), a.tense(m.start(), m.end())))),
                Rule.of("day month", TimeWords.MONTH_WORDS, "\\b(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + "(?!\\w)",
                        (m, a) -> day(m, a.day(TimeWords.month(m.group(2)), num(m, 1), a.tense(m.start(), m.end())))),
                Rule.of("month of next year", TimeWords.MONTH_WORDS, "\\b" + MONTH + "\\s+of\\s+(last|this|next)\\s+year\\b",
                        (m, a) -> {
                            Anchor.Point year = a.year(m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0);
                            String month = String.format(Locale.ROOT, "-%02d", TimeWords.month(m.group(1)));
                            return point(m, new Anchor.Point(year.value() + month, TimePrecision.MONTH, year.resolved()));
                        }),
                Rule.of("month year", TimeWords.MONTH_WORDS, "\\b" + PART + MONTH + ",?\\s+(\\d{4})\\b",
                        (m, a) -> point(m, Anchor.plausibleYear(num(m, 2)) ? new Anchor.Point(
                                String.format(Locale.ROOT, "%04d-%02d", num(m, 2), TimeWords.month(m.group(1))), TimePrecision.MONTH, true) : null)),
                Rule.of("month", TimeWords.MONTH_WORDS, MONTH_START + "(?:(?<=\\b(?i:in|since|until|till|by|from|through|during|of|to|and|or|before|after|between|the end of|the beginning of|the start of)\\s)"
                        + "|(?<![^\\n])|(?=(?:last|next|this|early|mid|late)[- ]))"
                        + "(?:(last|next|this|early|mid|late)[- ])?" + MONTH + "(?![\\w-])",
                        CalendarRules::month),
                Rule.of("month after comma", TimeWords.MONTH_WORDS, "(?<=, )(?:(early|mid|late)[- ])?(January|February|March|April|June|July|August|September|October|November|December)(?![\\w-])",
                        CalendarRules::month),
                Rule.of("year", Triggers.DIGIT, "(?<![$£€#\\w.,/-])" + PART.replace("[- ]?)?", "[- ]?)?") + "(1[89]\\d\\d|2[01]\\d\\d|2200)(?![\\w%,.]\\d|\\s*%|\\s*(?:percent|per cent|people|jobs|units|aircraft|planes|employees|workers|shares|tonnes|tons|miles|km|metres|meters|feet)\\b|-\\d|[:\\w])",
                        (m, a) -> point(m, new Anchor.Point(m.group(1), TimePrecision.YEAR, true))),
                Rule.of("decade", Triggers.DIGIT, "(?<![\\w$])(?:(1[89]|20)(\\d)0|'?(\\d)0)s\\b",
                        (m, a) -> point(m, new Anchor.Point(m.group(1) != null ? m.group(1) + m.group(2) : (m.group(3).equals("0") || m.group(3).equals("1") ? "20" : "19") + m.group(3),
                                TimePrecision.YEAR, true))),
                Rule.of("season", "spring summer autumn winter fall", "\\b(?:(last|next|this|early|late)\\s+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)(?:\\s+(?:of\\s+)?(\\d{4}))?\\b",
                        CalendarRules::season),
                Rule.of("quarter", "quarter", "\\b(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter"
                        + "(?:\\s+of\\s+(?:(this|last|next|the current|the previous|the last)\\s+year|(\\d{4})))?\\b",
                        CalendarRules::quarter),
                Rule.of("clock", Triggers.DIGIT, "\\b(\\d{1,2})[:.](\\d{2})\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)?(?:\\s*\\(?(UTC|GMT)\\)?)?(?:\\s+(today|yesterday|tomorrow|" + TimeWords.WEEKDAY + "))?",
                        (m, a) -> clock(m, a, num(m, 1), num(m, 2), m.group(3), m.group(4))),
                Rule.of("military clock", Triggers.DIGIT, "\\b([01]\\d|2[0-3])([0-5]\\d)\\s+(UTC|GMT)\\b",
                        (m, a) -> clock(m, a, num(m, 1), num(m, 2), null, m.group(3))),
                Rule.of("hour", Triggers.DIGIT, "\\b(\\d{1,2})\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)",
                        (m, a) -> clock(m, a, num(m, 1), 0, m.group(2), null)));
    }

    private static Found month(Matcher m, Anchor a) {
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2);
        if (name.equals("May") && modifier.isEmpty() && m.start() > 0 && a.text.charAt(m.start() - 1) == '\n') {
            return null;
        }
        int shift = modifier.equals("last") ? -1 : modifier.equals("next") ? 1 : 0;
        Tense tense = modifier.equals("this") ? Tense.UNKNOWN : a.tense(m.start(), m.end());
        return point(m, a.month(TimeWords.month(name), tense, shift));
    }

    private static Found season(Matcher m, Anchor a) {
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String season = m.group(2).toLowerCase(Locale.ROOT);
        if (season.equals("fall") && m.group(3) == null && !modifier.matches("last|next|this")) {
            return null;
        }
        String code = switch (season) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
        if (m.group(3) != null) {
            int year = num(m, 3);
            return Anchor.plausibleYear(year) ? point(m, new Anchor.Point(year + "-" + code, TimePrecision.YEAR, true)) : null;
        }
        return point(m, a.yearPart(code, modifier.equals("last") ? -1 : modifier.equals("next") ? 1 : 0));
    }

    private static Found quarter(Matcher m, Anchor a) {
        String ordinal = m.group(1).toLowerCase(Locale.ROOT);
        int q = switch (ordinal.charAt(0)) {
            case '1' -> 1;
            case '2', 's' -> 2;
            case '3', 't' -> 3;
            default -> ordinal.startsWith("first") ? 1 : 4;
        };
        if (m.group(3) != null) {
            int year = num(m, 3);
            return Anchor.plausibleYear(year) ? point(m, new Anchor.Point(year + "-Q" + q, TimePrecision.YEAR, true)) : null;
        }
        if (m.group(2) != null) {
            String which = m.group(2);
            return point(m, a.yearPart("Q" + q, which.endsWith("last") || which.endsWith("previous") ? -1 : which.equals("next") ? 1 : 0));
        }
        if (ordinal.equals("last")) {
            return point(m, a.previousQuarter());
        }
        return point(m, a.quarter(q, a.tense(m.start(), m.end())));
    }

    private static Found clock(Matcher m, Anchor a, int hour, int minute, String meridiem, String zone) {
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = meridiem.startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (zone == null && m.group().contains(".")) {
            return null; // "3.45" without am/pm or a zone is a number
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        String time = String.format(Locale.ROOT, "%02d:%02d%s", hour, minute, zone == null ? "" : "Z");
        String day = m.groupCount() >= 5 ? m.group(5) : null;
        if (day == null) {
            return point(m, a.at(time));
        }
        Anchor.Point date = day.equals("today") ? a.days(0) : day.equals("yesterday") ? a.days(-1) : day.equals("tomorrow") ? a.days(1)
                : a.weekday(TimeWords.weekday(day), a.tense(m.start(), m.end()), 0);
        return point(m, new Anchor.Point(date.value() + "T" + time, TimePrecision.INSTANT, date.resolved()));
    }

    private static Found day(Matcher m, Anchor.Point point) {
        return point(m, point);
    }

    private static Found point(Matcher m, Anchor.Point point) {
        if (point == null) {
            return null;
        }
        int end = m.end();
        while (end > m.start() && Character.isWhitespace(m.group().charAt(end - 1 - m.start()))) {
            end--;
        }
        return Found.date(m.start(), end, point);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
