package dev.dossier.time;

import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.SaidOn;
import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TextSpan;
import dev.dossier.model.TimePrecision;
import dev.dossier.model.TimexType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a statement was made: a day the text gives near its cue ("said on Wednesday", "told
 * reporters yesterday", "said on March 11", "As recently as March 11, ... Voronel said"), resolved
 * against the article's publication date in the past tense statements take; otherwise the
 * publication date itself. With no publication date there is nothing to resolve against, and the
 * answer is null rather than a guess. Stateless.
 */
public final class SaidOnResolver {

    /** A weekday used as a time ("said Friday", "on Wednesday night"), not as a modifier ("NBC's Sunday show"). */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:on |late |early )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(?=\\s+(?:night|morning|afternoon|evening|that|in|at|to|during|after|before|as|when|while|and|with|from)\\b|[,.;:)]|\\s*$)");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\b(yesterday|last night)\\b");
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|this morning|this afternoon|earlier today|tonight)\\b");
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    /** How far from the cue a day may stand and still date the statement. */
    private static final int REACH = 60;
    /**
     * How far before the cue a calendar date may open its sentence and still date the statement:
     * a framing phrase can hold a whole clause ("As recently as March 11, after meeting his
     * counterpart in Haldeby, Mr Voronel said").
     */
    private static final int DATE_REACH = 150;
    /**
     * What may open a sentence before the date that frames its cue: a few words of a prepositional
     * phrase ("On", "As recently as", "Late on"), nothing with a verb or a comma. A date further in
     * dates something else ("The talks, which began on March 2, collapsed, Voronel said").
     */
    private static final Pattern OPENING = Pattern.compile("[\\s\"'\\u201c\\u2018(]*(?:[A-Za-z]+\\s+){0,3}");
    /** What may stand between a cue and the date that follows it: "said March 11", "said on March 11". */
    private static final Pattern CUE_TO_DATE = Pattern.compile("\\s*(?:on\\s+)?");
    /** How long before publication a framing date may lie: older ones are background, not this report's statement. */
    private static final int OLDEST_DAYS = 366;

    private SaidOnResolver() {}

    /**
     * @param text the article text, with the words of every statement's content blanked out by the caller
     * @param clause the part of the text that frames the statement (its sentence)
     * @param cue the cue's span, or null (then the whole clause is searched for a weekday or "yesterday")
     * @param published the article's publication time, or null
     * @param expressions the article's temporal expressions ({@link TemporalTagger}), whose calendar
     *     dates framing the cue date the statement
     */
    public static SaidOn resolve(String text, TextSpan clause, TextSpan cue, Published published,
            List<TemporalExpression> expressions) {
        if (published == null) {
            return null;
        }
        LocalDate day = published.day();
        SaidOn after = cue == null ? null : framingDate(text, clause, cue, published, expressions, false);
        if (after != null) {
            return after;
        }
        int from = cue == null ? clause.start() : Math.max(clause.start(), cue.start() - REACH);
        int to = cue == null ? clause.end() : Math.min(clause.end(), cue.end() + REACH);
        String window = text.substring(from, Math.max(from, to));
        Matcher weekday = WEEKDAY.matcher(window);
        if (weekday.find() && published.precision() != TimePrecision.MONTH && published.precision() != TimePrecision.YEAR) {
            DayOfWeek wanted = DAYS.get(weekday.group(1).toLowerCase(Locale.ROOT));
            LocalDate said = day;
            while (said.getDayOfWeek() != wanted) {
                said = said.minusDays(1);
            }
            if (published.from() == PublishedFrom.TEXT && ChronoUnit.DAYS.between(said, day) > 3) {
                // a day estimated from a photo caption is a lower bound: the article may be a day or two
                // later, so a weekday is the nearest one, not necessarily a past one
                said = said.plusWeeks(1);
            }
            return new SaidOn(said, TimePrecision.DAY, SaidOn.FROM_TEXT);
        }
        if (YESTERDAY.matcher(window).find()) {
            return new SaidOn(day.minusDays(1), TimePrecision.DAY, SaidOn.FROM_TEXT);
        }
        if (TODAY.matcher(window).find()) {
            return new SaidOn(day, TimePrecision.DAY, SaidOn.FROM_TEXT);
        }
        SaidOn before = cue == null ? null : framingDate(text, clause, cue, published, expressions, true);
        if (before != null) {
            return before;
        }
        TimePrecision precision = published.precision() == TimePrecision.INSTANT ? TimePrecision.DAY : published.precision();
        return new SaidOn(day, precision, SaidOn.FROM_PUBLISHED);
    }

    /**
     * The calendar day or month that frames the cue: right after it ("said on March 11"), or, when
     * {@code before}, in the opening words of its sentence ("On March 11, Voronel said") or right
     * before the cue ("who a fortnight ago dismissed"), the nearest first.
     * Only a date outside every statement's words, not after the publication day and within a
     * year of it: a date in the future, or in what was said, dates something else.
     */
    private static SaidOn framingDate(String text, TextSpan clause, TextSpan cue, Published published,
            List<TemporalExpression> expressions, boolean before) {
        LocalDate day = published.day();
        SaidOn nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (TemporalExpression expression : expressions) {
            TextSpan span = expression.span();
            int distance;
            if (before) {
                distance = cue.start() - span.end();
                if (span.start() < clause.start() || distance < 0 || distance > DATE_REACH) {
                    continue;
                }
                boolean opening = OPENING.matcher(text).region(clause.start(), span.start()).matches();
                boolean atCue = text.substring(span.end(), cue.start()).isBlank(); // "who a fortnight ago dismissed"
                if (!opening && !atCue) {
                    continue;
                }
            } else {
                distance = span.start() - cue.end();
                if (distance < 0 || span.end() > clause.end() || !CUE_TO_DATE.matcher(text).region(cue.end(), span.start()).matches()) {
                    continue;
                }
            }
            SaidOn said = calendarDate(expression);
            if (said == null || said.date().isAfter(day) || said.date().isBefore(day.minusDays(OLDEST_DAYS))
                    || text.substring(span.start(), span.end()).isBlank()) {
                continue; // not a calendar date, not a past one, or blanked out as a statement's words
            }
            if (distance < nearestDistance) {
                nearest = said;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    /**
     * A resolved day written with its number or counted back ({@code March 11}, {@code two weeks ago};
     * not {@code Friday}, which the weekday rule above dates) or a month ({@code February}) as a
     * said-on date, else null.
     */
    private static SaidOn calendarDate(TemporalExpression expression) {
        if (expression.type() != TimexType.DATE || !expression.resolved() || expression.precision() == null) {
            return null;
        }
        String written = expression.text();
        if (expression.precision() == TimePrecision.DAY && written.chars().noneMatch(Character::isDigit)
                && !written.toLowerCase(Locale.ROOT).endsWith(" ago")) {
            return null;
        }
        try {
            return switch (expression.precision()) {
                case DAY -> new SaidOn(LocalDate.parse(expression.value()), TimePrecision.DAY, SaidOn.FROM_TEXT);
                case MONTH -> new SaidOn(YearMonth.parse(expression.value()).atDay(1), TimePrecision.MONTH, SaidOn.FROM_TEXT);
                default -> null;
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
