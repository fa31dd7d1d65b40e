package dev.dossier.bench;

import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One attribution a system found, reduced to what the evaluation scores.
 *
 * @param content the content's pieces: one, or more for a quotation its cue splits or a continuation
 * @param source the speaker as written in the text, or null when the system names none
 * @param kind the system's own label ({@code direct}, {@code partial}, {@code indirect}, {@code quote})
 * @param direct whether the system found it by its quote marks: it takes part in the direct subset
 */
record PredictedAttribution(Spans content, TextSpan source, String kind, boolean direct) {

    PredictedAttribution {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
    }

    /** An attribution whose content is one span. */
    PredictedAttribution(TextSpan content, TextSpan source, String kind, boolean direct) {
        this(Spans.of(content), source, kind, direct);
    }

    /** This attribution with {@code piece} added to its content: the rest of the same quotation. */
    PredictedAttribution joinedWith(TextSpan piece) {
        List<TextSpan> pieces = new ArrayList<>(content.pieces());
        pieces.add(piece);
        return new PredictedAttribution(Spans.union(pieces), source, kind, direct);
    }
}
