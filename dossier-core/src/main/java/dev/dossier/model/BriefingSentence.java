package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a story's briefing, exactly as a source wrote it.
 *
 * @param articleId the article it is taken from
 * @param span where it sits in that article's text
 * @param sources every article that carries this sentence, the one it is taken from first
 */
public record BriefingSentence(String text, String articleId, TextSpan span, List<Source> sources) {

    public BriefingSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        sources = List.copyOf(sources);
        if (sources.isEmpty() || !sources.get(0).articleId().equals(articleId)) {
            throw new IllegalArgumentException("a briefing sentence cites its own article first: " + articleId);
        }
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("span " + span + " does not hold the " + text.length() + " characters of the sentence");
        }
    }
}
