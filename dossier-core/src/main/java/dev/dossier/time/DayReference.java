package dev.dossier.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Expressions that take their day from another expression nearby rather than from the publication
 * date: a clock time takes the day named in its sentence ("Tuesday ... at 18:00 UTC"), and "the
 * day", "that day", "the same day" the day last named shortly before. Runs after overlaps are settled.
 */
final class DayReference {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CLOCK = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}Z?");
    private static final Pattern THE_DAY = Pattern.compile("(?i)(?:the|that|the same) day");
    /** How far (in characters) a clock time looks for its day, and "the day" for the day it refers to. */
    private static final int CLOCK_REACH = 80;
    private static final int DAY_REACH = 300;

    private DayReference() {}

    static List<Found> apply(String text, List<Found> found) {
        List<Found> result = new ArrayList<>(found);
        for (int i = 0; i < result.size(); i++) {
            Found f = result.get(i);
            String words = text.substring(f.start(), f.end());
            boolean clock = f.resolved() && CLOCK.matcher(f.value()).matches() && !words.matches("(?s).*(?:today|yesterday|tomorrow|day)");
            boolean theDay = f.resolved() && THE_DAY.matcher(words).matches();
            if (!clock && !theDay) {
                continue;
            }
            Found day = nearestDay(text, found, f, clock ? CLOCK_REACH : DAY_REACH, clock);
            if (day != null) {
                String date = day.value().substring(0, 10);
                result.set(i, new Found(f.start(), f.end(), f.type(), date + f.value().substring(10), f.precision(), true));
            }
        }
        return result;
    }

    private static Found nearestDay(String text, List<Found> found, Found from, int reach, boolean eitherSide) {
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Found other : found) {
            if (other == from || !other.resolved() || other.value().length() < 10 || !DAY.matcher(other.value().substring(0, 10)).matches()
                    || CLOCK.matcher(other.value()).matches() || THE_DAY.matcher(text.substring(other.start(), other.end())).matches()) {
                continue;
            }
            boolean before = other.end() <= from.start();
            if (!before && !eitherSide) {
                continue;
            }
            int distance = before ? from.start() - other.end() : other.start() - from.end();
            String between = before ? text.substring(other.end(), from.start()) : text.substring(from.end(), other.start());
            if (distance > reach || eitherSide && between.indexOf('\n') >= 0 || between.contains("\n\n")) {
                continue;
            }
            if (distance < bestDistance) {
                best = other;
                bestDistance = distance;
            }
        }
        return best;
    }
}
