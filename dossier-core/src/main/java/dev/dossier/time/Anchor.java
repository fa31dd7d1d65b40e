package dev.dossier.time;

import dev.dossier.model.TimePrecision;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The point relative expressions are resolved against, the publication date, and the tense-aware
 * choices made with it: a weekday or a month without a year goes back in a past-tense context,
 * forward in a future one, and to the nearest candidate when the tense is unknown. With no
 * publication date every relative point comes back unresolved, its unknown parts written {@code X}.
 * One instance per text; immutable.
 */
final class Anchor {

    /** Years accepted as dates; anything outside is taken for a number, not a year. */
    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2200;

    /** A calendar point: its TIMEX3 value and precision. */
    record Point(String value, TimePrecision precision, boolean resolved) {}

    final String text;
    private final LocalDate date;

    Anchor(String text, LocalDate date) {
        this.text = text;
        this.date = date;
    }

    boolean known() {
        return date != null;
    }

    Tense tense(int start, int end) {
        return Tense.around(text, start, end);
    }

    static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** A day with its year, or null when there is no such day (February 30) or the year is implausible. */
    static Point day(int year, int month, int day) {
        if (!plausibleYear(year)) {
            return null;
        }
        try {
            return new Point(LocalDate.of(year, month, day).toString(), TimePrecision.DAY, true);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day and month without a year, the year chosen by tense; null when no year has that day. */
    Point day(int month, int day, Tense tense) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || (month == 2 && day > 29) || day > LocalDate.of(2000, month, 1).lengthOfMonth()) {
            return null;
        }
        if (date == null) {
            return new Point(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), TimePrecision.DAY, false);
        }
        LocalDate best = null;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            if (month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
                continue;
            }
            LocalDate candidate = LocalDate.of(year, month, day);
            if (tense == Tense.PAST && candidate.isAfter(date) || tense == Tense.FUTURE && candidate.isBefore(date)) {
                continue;
            }
            if (best == null || Math.abs(candidate.toEpochDay() - date.toEpochDay()) < Math.abs(best.toEpochDay() - date.toEpochDay())) {
                best = candidate;
            }
        }
        return best == null ? null : new Point(best.toString(), TimePrecision.DAY, true);
    }

    /** A month without a year, chosen like {@link #day(int, int, Tense)}; {@code shift} -1 for "last March", 1 for "next March". */
    Point month(int month, Tense tense, int shift) {
        if (date == null) {
            return new Point(String.format(Locale.ROOT, "XXXX-%02d", month), TimePrecision.MONTH, false);
        }
        int here = date.getYear() * 12 + date.getMonthValue() - 1;
        int best = Integer.MIN_VALUE;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            int candidate = year * 12 + month - 1;
            boolean past = candidate <= here;
            boolean future = candidate >= here;
            if ((shift < 0 || tense == Tense.PAST) && (!past || shift < 0 && candidate == here)
                    || (shift > 0 || tense == Tense.FUTURE) && (!future || shift > 0 && candidate == here)) {
                continue;
            }
            if (best == Integer.MIN_VALUE || Math.abs(candidate - here) < Math.abs(best - here)) {
                best = candidate;
            }
        }
        return best == Integer.MIN_VALUE ? null
                : new Point(String.format(Locale.ROOT, "%04d-%02d", best / 12, best % 12 + 1), TimePrecision.MONTH, true);
    }

    /** A weekday: "last Friday" (shift -1), "next Friday" (1), or by tense (0); the publication day's own weekday is that day. */
    Point weekday(DayOfWeek day, Tense tense, int shift) {
        if (date == null) {
            return new Point("XXXX-WXX-" + day.getValue(), TimePrecision.DAY, false);
        }
        if (day == date.getDayOfWeek() && shift == 0) {
            return new Point(date.toString(), TimePrecision.DAY, true);
        }
        LocalDate before = date.with(TemporalAdjusters.previous(day));
        LocalDate after = date.with(TemporalAdjusters.next(day));
        LocalDate chosen = shift < 0 || shift == 0 && tense == Tense.PAST ? before
                : shift > 0 || tense == Tense.FUTURE ? after
                : date.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - date.toEpochDay() ? before : after;
        return new Point(chosen.toString(), TimePrecision.DAY, true);
    }

    /** The publication day moved by {@code days}. */
    Point days(long days) {
        return date == null ? new Point("XXXX-XX-XX", TimePrecision.DAY, false)
                : new Point(date.plusDays(days).toString(), TimePrecision.DAY, true);
    }

    Point week(long shift) {
        if (date == null) {
            return new Point("XXXX-WXX", TimePrecision.WEEK, false);
        }
        LocalDate day = date.plusWeeks(shift);
        return new Point(String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), TimePrecision.WEEK, true);
    }

    Point monthShift(long shift) {
        if (date == null) {
            return new Point("XXXX-XX", TimePrecision.MONTH, false);
        }
        LocalDate day = date.plusMonths(shift);
        return new Point(String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue()), TimePrecision.MONTH, true);
    }

    Point year(long shift) {
        return date == null ? new Point("XXXX", TimePrecision.YEAR, false)
                : new Point(Long.toString(date.getYear() + shift), TimePrecision.YEAR, true);
    }

    /** A quarter or season of the publication year moved by {@code shift} years: {@code 2025-Q3}, {@code 2025-SP}. */
    Point yearPart(String part, long shift) {
        return date == null ? new Point("XXXX-" + part, TimePrecision.YEAR, false)
                : new Point(date.getYear() + shift + "-" + part, TimePrecision.YEAR, true);
    }

    /** The quarter {@code q} in the year the tense points to (the latest one begun, or the next one not ended). */
    Point quarter(int q, Tense tense) {
        if (date == null) {
            return new Point("XXXX-Q" + q, TimePrecision.YEAR, false);
        }
        int current = (date.getMonthValue() - 1) / 3 + 1;
        int year = date.getYear();
        if (tense == Tense.FUTURE) {
            year = q < current ? year + 1 : year;
        } else {
            year = q > current ? year - 1 : year;
        }
        return new Point(year + "-Q" + q, TimePrecision.YEAR, true);
    }

    /** The quarter before the publication date's. */
    Point previousQuarter() {
        if (date == null) {
            return new Point("XXXX-QX", TimePrecision.YEAR, false);
        }
        LocalDate day = date.minusMonths(3);
        return new Point(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1), TimePrecision.YEAR, true);
    }

    /** The day of the publication date with a time of day: {@code 2025-08-22T18:00Z} or {@code 2025-08-22TMO}. */
    Point at(String time) {
        return new Point((date == null ? "XXXX-XX-XX" : date.toString()) + "T" + time, TimePrecision.INSTANT, date != null);
    }
}
