package dev.dossier.model;

/** The TIMEX3 type of a temporal expression. */
public enum TimexType {
    /** A calendar day, week, month, season, quarter, year or decade ("on Wednesday", "March 2026"). */
    DATE,
    /** A time of day, or a part of a day ("18:00 UTC", "Friday morning"). */
    TIME,
    /** A length of time ("for two weeks", "a three-year war"). */
    DURATION,
    /** A recurrence ("weekly", "annual"). */
    SET
}
