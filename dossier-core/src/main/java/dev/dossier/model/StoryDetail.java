package dev.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything Dossier tells of one story.
 *
 * @param sources its articles as sources, in the order they joined
 * @param copies the ids of those articles that are copies (wire copies, republications) of another
 * @param briefing three to six sentences taken from its articles, each cited
 * @param keyQuotes its most carried statements
 * @param timeline its dated statements and events
 * @param related other stories close to it in meaning and time
 */
public record StoryDetail(StorySummary story, List<Source> sources, Set<String> copies, List<BriefingSentence> briefing,
        List<QuoteRecord> keyQuotes, List<TimelineEntry> timeline, List<StorySummary> related) {

    public StoryDetail {
        Objects.requireNonNull(story, "story");
        sources = List.copyOf(sources);
        copies = Set.copyOf(copies);
        briefing = List.copyOf(briefing);
        keyQuotes = List.copyOf(keyQuotes);
        timeline = List.copyOf(timeline);
        related = List.copyOf(related);
    }
}
