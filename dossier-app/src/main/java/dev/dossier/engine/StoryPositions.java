package dev.dossier.engine;

import dev.dossier.model.PositionMatrix;
import dev.dossier.model.StorySummary;
import java.util.Objects;

/** One story's position matrix, for listings across stories. */
public record StoryPositions(StorySummary story, PositionMatrix matrix) {

    public StoryPositions {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(matrix, "matrix");
    }
}
