package dev.dossier.model;

/** How precisely a point in time is known. */
public enum TimePrecision {
    /** Known to the second (or finer). */
    INSTANT,
    /** Known to the calendar day only (for example from a URL such as {@code /2026/03/14/}). */
    DAY,
    /** Known to the week ("earlier this week"). */
    WEEK,
    /** Known to the month ("last month", "mid-January"). */
    MONTH,
    /** Known to the year ("earlier this year"). */
    YEAR
}
