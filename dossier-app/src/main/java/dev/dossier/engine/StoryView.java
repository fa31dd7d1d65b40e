package dev.dossier.engine;

import dev.dossier.model.BriefingSentence;
import dev.dossier.model.RelatedArticle;
import dev.dossier.model.StoryDetail;
import dev.dossier.model.StorySummary;
import java.time.LocalDate;
import java.util.List;

/**
 * A story in JSON, with the field names of DESIGN.md's contract: {@code id, title, articles,
 * outlets, first, last, actors, briefing}. In a list, {@code articles} holds article ids; in a
 * story's detail ({@link Detail}) the articles come with their outlets and which are copies.
 */
public record StoryView(String id, String title, List<String> articles, List<String> outlets, String first, String last,
        List<String> actors, List<BriefingView> briefing) {

    /** One briefing sentence with its span in its article and every article that carries it. */
    public record BriefingView(String text, String articleId, int start, int end, List<QuoteView.SourceView> sources) {
        static BriefingView of(BriefingSentence sentence) {
            return new BriefingView(sentence.text(), sentence.articleId(), sentence.span().start(), sentence.span().end(),
                    sentence.sources().stream().map(QuoteView.SourceView::of).toList());
        }
    }

    /** An article related to another, with how: {@code copy}, {@code same story} or {@code nearby}. */
    public record RelatedView(String id, String title, String outlet, String published, String relation, String storyId, double similarity) {
        public static RelatedView of(RelatedArticle related) {
            return new RelatedView(related.source().articleId(), related.source().title(), related.source().outlet(),
                    related.source().published() == null ? null : related.source().published().iso(), related.relation().key(),
                    related.storyId(), Math.round(related.similarity() * 1000) / 1000.0);
        }
    }

    /** One article of a story: a source, and whether it is a copy of another. */
    public record ArticleView(String id, String title, String outlet, String url, String published, boolean copy) {}

    /** Everything about a story: the story, its articles, key quotes, timeline and related stories. */
    public record Detail(String id, String title, List<ArticleView> articles, List<String> outlets, String first, String last,
            List<String> actors, List<BriefingView> briefing, List<QuoteView> quotes, List<TimelineView> timeline,
            List<StoryView> related) {

        public static Detail of(StoryDetail detail) {
            StorySummary story = detail.story();
            return new Detail(story.id(), story.title(),
                    detail.sources().stream().map(source -> new ArticleView(source.articleId(), source.title(), source.outlet(), source.url(),
                            source.published() == null ? null : source.published().iso(), detail.copies().contains(source.articleId()))).toList(),
                    story.outlets(), day(story.first()), day(story.last()), story.actors(),
                    detail.briefing().stream().map(BriefingView::of).toList(),
                    detail.keyQuotes().stream().map(QuoteView::of).toList(),
                    detail.timeline().stream().map(TimelineView::of).toList(),
                    detail.related().stream().map(related -> StoryView.of(related, List.of())).toList());
        }
    }

    public static StoryView of(StorySummary story, List<BriefingSentence> briefing) {
        return new StoryView(story.id(), story.title(), story.articles(), story.outlets(), day(story.first()), day(story.last()),
                story.actors(), briefing.stream().map(BriefingView::of).toList());
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
