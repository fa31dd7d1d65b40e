package dev.dossier.bench;

import java.util.Objects;

/**
 * One attribution as a PolNeAR annotator marked it: the content, the cue and the source, each as
 * pieces of the article text.
 *
 * @param cue the cue, or null when the annotator marked none
 * @param source the source, or null for an attribution without one ({@code Attribution-no-source})
 * @param direct whether the content is delimited by quote marks (see {@link QuoteDelimited})
 */
record GoldAttribution(String id, Spans content, Spans cue, Spans source, boolean direct) {

    GoldAttribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
    }
}
