package dev.dossier.time;

import dev.dossier.model.TimePrecision;
import dev.dossier.model.TimexType;

/** A candidate expression one rule found, before overlaps between rules are settled. */
record Found(int start, int end, TimexType type, String value, TimePrecision precision, boolean resolved) {

    static Found date(int start, int end, Anchor.Point point) {
        return new Found(start, end, point.value().contains("T") ? TimexType.TIME : TimexType.DATE, point.value(),
                point.precision(), point.resolved());
    }

    static Found reference(int start, int end, String value) {
        return new Found(start, end, TimexType.DATE, value, null, true);
    }

    int length() {
        return end - start;
    }
}
