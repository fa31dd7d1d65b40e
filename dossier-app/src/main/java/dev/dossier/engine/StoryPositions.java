package dev.dossier.engine;

import dev.dossier.model.Issue;
import dev.dossier.model.Position;
import dev.dossier.model.PositionMatrix;
import dev.dossier.model.StorySummary;
import dev.dossier.positions.PositionFinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One story's position matrix, for listings across stories. */
public record StoryPositions(StorySummary story, PositionMatrix matrix) {

    public StoryPositions {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(matrix, "matrix");
    }

    /**
     * Several stories' positions taken together: per actor and issue name, the history running
     * from story to story, with the changes between stories as well as within them.
     */
    public static PositionMatrix across(List<StoryPositions> stories) {
        Map<String, Issue> issues = new LinkedHashMap<>();
        List<Position> positions = new ArrayList<>();
        for (StoryPositions story : stories) {
            story.matrix().issues().forEach(issue -> issues.putIfAbsent(issue.name(), issue));
            positions.addAll(story.matrix().positions());
        }
        return PositionFinder.across(List.copyOf(issues.values()), positions);
    }
}
