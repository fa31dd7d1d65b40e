package dev.dossier.time;

import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.SaidOn;
import dev.dossier.model.TimePrecision;
import dev.dossier.model.TextSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a statement was made: a day the text gives near its cue ("said on Wednesday", "told
 * reporters yesterday"), resolved against the article's publication date in the past tense
 * statements take; otherwise the publication date itself. With no publication date there is
 * nothing to resolve against, and the answer is null rather than a guess. Stateless.
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

    private SaidOnResolver() {}

    /**
     * @param text the article text
     * @param clause the part of the text that frames the statement (its sentence, quotation words excluded by the caller)
     * @param cue the cue's span, or null (then the whole clause is searched)
     * @param published the article's publication time, or null
     */
    public static SaidOn resolve(String text, TextSpan clause, TextSpan cue, Published published) {
        if (published == null) {
            return null;
        }
        LocalDate day = published.day();
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
        TimePrecision precision = published.precision() == TimePrecision.INSTANT ? TimePrecision.DAY : published.precision();
        return new SaidOn(day, precision, SaidOn.FROM_PUBLISHED);
    }
}
