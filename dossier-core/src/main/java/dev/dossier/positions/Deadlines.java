package dev.dossier.positions;

import dev.dossier.model.Deadline;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TimePrecision;
import dev.dossier.model.TimexType;
import dev.dossier.time.TemporalTagger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the commitments and deadlines that statements set, and the day each falls due.
 *
 * <p>Two shapes count. A <em>delay</em> from the day said: "within 48 hours", "in two weeks",
 * "has six days to", "a two-week deadline", "a 24-hour ultimatum". A <em>date</em> named after a
 * deadline word: "a deadline of March 26", "expires on March 26", "by April 30", "no later than
 * Friday", the date resolved by Dossier's temporal tagger against the day said, to the day. Vague
 * delays ("within days", "until we know") set nothing: a tracked item needs a length. A statement
 * with no known day said still sets its delays, tracked by their length with no due day (a date
 * needs the day said to be read against, so it sets nothing).
 *
 * <p>Stateless and thread-safe.
 */
public final class Deadlines {

    private static final String NUMBER = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fourteen|twenty|thirty|twenty-four|forty-eight|seventy-two)";
    private static final String UNIT = "(hours?|days?|weeks?|months?)";
    private static final Pattern WITHIN = Pattern.compile("\\b(?:within|in|inside)\\s+(?:the\\s+next\\s+)?" + NUMBER + "\\s+" + UNIT
            + "\\b(?!\\s+ago)", Pattern.CASE_INSENSITIVE);
    /** "In a week" looks back after a superlative or "the first time" ("the worst storm in two weeks"): not a delay. */
    private static final Pattern LOOKS_BACK = Pattern.compile("\\b(?:first|time|worst|best|most|longest|biggest|largest|deadliest|highest|lowest)\\b"
            + "[^.;:!?]{0,20}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_TO = Pattern.compile("\\b(?:has|have|had|given|gets?|get)\\s+" + NUMBER + "\\s+" + UNIT + "\\s+to\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPHENATED = Pattern.compile("\\b" + NUMBER + "-(hour|day|week|month)\\s+(?:deadline|ultimatum|window)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FORTNIGHT = Pattern.compile("\\b(?:within|in)\\s+a\\s+fortnight\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_CUE = Pattern.compile(
            "\\b(?:deadlines?(?:\\s+(?:of|is|was|were|now\\s+were|on|for))?|expires?\\s+on|runs?\\s+out\\s+on|by|no\\s+later\\s+than|due\\s+(?:on|by))\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fourteen", 14), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("twenty-four", 24),
            Map.entry("forty-eight", 48), Map.entry("seventy-two", 72));
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    /** How far before a date its deadline word may stand ("deadlines now were 15 April"). */
    private static final int CUE_REACH = 24;

    private Deadlines() {
    }

    /** The deadlines a statement sets, in the order they appear in it. */
    public static List<Deadline> in(QuoteRecord statement) {
        LocalDate said = statement.saidOn() == null ? null : statement.saidOn().date();
        String text = statement.text();
        List<Deadline> found = new ArrayList<>();
        for (Pattern delay : new Pattern[] {WITHIN, HAS_TO, HYPHENATED}) {
            Matcher match = delay.matcher(text);
            while (match.find()) {
                if (delay == WITHIN && LOOKS_BACK.matcher(text.substring(Math.max(0, match.start() - 30), match.start())).find()) {
                    continue;
                }
                int days = days(amount(match.group(1)), match.group(2));
                found.add(new Deadline(match.group(), said == null ? null : plus(said, amount(match.group(1)), match.group(2)), days, statement));
            }
        }
        Matcher fortnight = FORTNIGHT.matcher(text);
        while (fortnight.find()) {
            found.add(new Deadline(fortnight.group(), said == null ? null : said.plusDays(14), 14, statement));
        }
        if (said == null) {
            found.sort((a, b) -> Integer.compare(text.indexOf(a.expression()), text.indexOf(b.expression())));
            return found;
        }
        for (TemporalExpression date : TemporalTagger.rules().tag(text, said)) {
            String before = text.substring(Math.max(0, date.span().start() - CUE_REACH), date.span().start());
            Matcher cue = DATE_CUE.matcher(before);
            if (date.type() == TimexType.DATE && date.resolved() && date.precision() == TimePrecision.DAY && cue.find()) {
                LocalDate due = ahead(day(date.value()), date.text(), said);
                if (due != null && !due.isBefore(said)) {
                    found.add(new Deadline(before.substring(cue.start()) + date.text(), due, null, statement));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(text.indexOf(a.expression()), text.indexOf(b.expression())));
        List<Deadline> distinct = new ArrayList<>();
        for (Deadline deadline : found) {
            if (distinct.stream().noneMatch(kept -> kept.due().equals(deadline.due()))) {
                distinct.add(deadline); // "two weeks to commit ... a deadline that expires on March 26": one deadline
            }
        }
        return distinct;
    }

    private static int amount(String number) {
        String lower = number.toLowerCase(Locale.ROOT);
        return WORDS.containsKey(lower) ? WORDS.get(lower) : Integer.parseInt(lower);
    }

    /** How many days a delay runs: hours rounded up to whole days, a month as 30 days. */
    private static int days(int amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("hour")) {
            return (amount + 23) / 24;
        }
        return u.startsWith("day") ? amount : u.startsWith("week") ? amount * 7 : amount * 30;
    }

    /** The day a delay from {@code said} ends; a delay of hours ends on the day the hours run out. */
    private static LocalDate plus(LocalDate said, int amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("hour")) {
            return said.plusDays((amount + 23) / 24);
        }
        if (u.startsWith("day")) {
            return said.plusDays(amount);
        }
        if (u.startsWith("week")) {
            return said.plusWeeks(amount);
        }
        return said.plusMonths(amount);
    }

    /**
     * A deadline lies ahead of the day it is set: a day and month without a year ("March 26") is
     * read in the year it was set, whatever tense the sentence is in ("the deadline of March 26 has
     * not moved"), or in the next when it was set in the last two months of a year for the first
     * two of the next. A day that is still behind the day said is a past date, not a deadline
     * ("agreed by February 20"), and the caller drops it. A date with its year stays as written.
     */
    private static LocalDate ahead(LocalDate day, String written, LocalDate said) {
        if (day == null || YEAR.matcher(written).find() || !day.isBefore(said)) {
            return day;
        }
        LocalDate sameYear = day.withYear(said.getYear());
        boolean turnOfYear = sameYear.isBefore(said) && said.getMonthValue() >= 11 && sameYear.getMonthValue() <= 2;
        return turnOfYear ? sameYear.plusYears(1) : sameYear;
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
