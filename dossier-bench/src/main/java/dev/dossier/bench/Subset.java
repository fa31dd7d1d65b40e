package dev.dossier.bench;

import java.util.Locale;

/** Which attributions a score covers. */
enum Subset {
    /** Gold contents delimited by quote marks, against predictions found by their marks (direct and partial). */
    DIRECT,
    /** Every gold attribution against every prediction. */
    ALL;

    boolean covers(GoldAttribution gold) {
        return this == ALL || gold.direct();
    }

    boolean covers(PredictedAttribution predicted) {
        return this == ALL || predicted.direct();
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
