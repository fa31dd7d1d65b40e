package dev.dossier.clean;

import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.TimePrecision;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in page text, for estimating when an article was published: absolute dates in
 * date lines and photo captions ("August 21, 2025", "Feb. 9, 2026", "18 March 2026",
 * "18.03.2026"), datelines without a year ("HALDEBY, March 12 (CWS) -"), and the relative ages of
 * aggregator pages ("3 minutes ago"). A date without a time is kept at day precision; a time
 * without a zone is not trusted beyond the day. Nothing is guessed: no match, no date.
 */
final class TextDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** "HALDEBY, March 12 (CWS) -" or "TESMIR, Valdoria, March 18 (Lindpress) –" at the start of a paragraph. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z .'’-]{1,40}(?:, [A-Z][\\w .'’-]{1,40})?, " + MONTH + " (\\d{1,2})(?:, (\\d{4}))? \\(([^)]{1,40})\\) [-–—]");
    private static final Pattern RELATIVE_AGE = Pattern.compile(
            "(?i)^(?:(\\d+|an?|one) (second|minute|hour|day|week)s? ago|just now|yesterday)$");

    private TextDates() {}

    /** The first absolute date in {@code text}, at day precision. */
    static Optional<Published> absoluteDate(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            return m.group(1) != null
                    ? day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                    : day(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
        }
        return Optional.empty();
    }

    /**
     * The date of a dateline opening {@code paragraph}. Without a year, the year is the one that
     * puts the date closest before {@code fetchedAt} (a report is not dated after it was fetched).
     */
    static Optional<Published> dateline(String paragraph, Instant fetchedAt) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = month(m.group(1));
        int dayOfMonth = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            return day(Integer.parseInt(m.group(3)), month, dayOfMonth);
        }
        LocalDate fetched = fetchedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        for (int year = fetched.getYear(); year >= fetched.getYear() - 1; year--) {
            Optional<Published> candidate = day(year, month, dayOfMonth);
            if (candidate.isPresent() && !candidate.get().at().isAfter(fetchedAt.plus(Duration.ofDays(1)))) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    /** Whether a line is an aggregator's relative age ("3 minutes ago", "an hour ago"). */
    static boolean isRelativeAge(String line) {
        return RELATIVE_AGE.matcher(line.strip()).matches();
    }

    /** A relative age resolved against the crawl or ingest time: minutes and hours to the instant, days to the day. */
    static Optional<Published> relativeAge(String line, Instant fetchedAt) {
        Matcher m = RELATIVE_AGE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String lower = line.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("just now")) {
            return Optional.of(new Published(fetchedAt, TimePrecision.INSTANT, PublishedFrom.RELATIVE));
        }
        if (lower.equals("yesterday")) {
            return Optional.of(Published.ofDay(fetchedAt.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1), PublishedFrom.RELATIVE));
        }
        String count = m.group(1).toLowerCase(Locale.ROOT);
        long amount = count.matches("\\d+") ? Long.parseLong(count) : 1;
        return Optional.of(switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "second" -> new Published(fetchedAt.minusSeconds(amount), TimePrecision.INSTANT, PublishedFrom.RELATIVE);
            case "minute" -> new Published(fetchedAt.minus(Duration.ofMinutes(amount)), TimePrecision.INSTANT, PublishedFrom.RELATIVE);
            case "hour" -> new Published(fetchedAt.minus(Duration.ofHours(amount)), TimePrecision.INSTANT, PublishedFrom.RELATIVE);
            case "day" -> Published.ofDay(fetchedAt.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(amount), PublishedFrom.RELATIVE);
            default -> Published.ofDay(fetchedAt.atOffset(ZoneOffset.UTC).toLocalDate().minusWeeks(amount), PublishedFrom.RELATIVE);
        });
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.getOrDefault(key.length() > 3 && !key.equals("sept") ? key.substring(0, 3) : key, 0);
    }

    private static Optional<Published> day(int year, int month, int dayOfMonth) {
        if (year < 1900 || year > 2200) {
            return Optional.empty();
        }
        try {
            return Optional.of(Published.ofDay(LocalDate.of(year, month, dayOfMonth), PublishedFrom.TEXT));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
