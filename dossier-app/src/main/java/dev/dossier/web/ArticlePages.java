package dev.dossier.web;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.MentionRecord;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.RelatedArticle;
import dev.dossier.model.StorySummary;
import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** The list of articles and an article's page. Every piece of data passes through {@link Html#escape}. */
final class ArticlePages {

    private ArticlePages() {}

    static String list(List<CleanArticle> articles, long total, int offset, int limit) {
        StringBuilder body = new StringBuilder("<h1>Articles</h1>\n<p class=\"meta\">").append(total)
                .append(" articles stored, newest first. JSON: <a href=\"/api/articles\">/api/articles</a></p>\n<ul>\n");
        for (CleanArticle article : articles) {
            body.append("<li><a href=\"/articles/").append(Html.escape(article.id())).append("\">")
                    .append(Html.escape(article.title() == null ? "(untitled)" : article.title())).append("</a> <span class=\"meta\">")
                    .append(Html.escape(article.outlet() == null ? "" : article.outlet()))
                    .append(article.published() == null ? "" : " · " + Html.escape(article.published().iso())).append("</span></li>\n");
        }
        body.append("</ul>\n<nav class=\"pager\" aria-label=\"Pages\">");
        if (offset > 0) {
            body.append("<a href=\"/articles?offset=").append(Math.max(0, offset - limit)).append("\">Newer</a>");
        }
        if (offset + limit < total) {
            body.append("<a href=\"/articles?offset=").append(offset + limit).append("\">Older</a>");
        }
        body.append("</nav>\n");
        return Layout.page("Articles", Layout.Section.ARTICLES, body.toString());
    }

    /**
     * An article's text with its statements and actor mentions marked, and {@code asked} (a span
     * from the address, such as a briefing sentence) marked and focused; {@code skipped} says why the
     * text was not analysed for actors and statements, or is null.
     */
    static String article(CleanArticle article, List<QuoteRecord> quotes, List<MentionRecord> mentions, StorySummary story,
            List<RelatedArticle> related, String skipped, TextSpan asked) {
        StringBuilder body = new StringBuilder("<article>\n<h1>").append(Html.escape(article.title() == null ? "(untitled)" : article.title()))
                .append("</h1>\n<p class=\"meta\">").append(Html.escape(article.outlet() == null ? "unknown outlet" : article.outlet()));
        if (article.published() != null) {
            body.append(" · ").append(Html.escape(article.published().iso())).append(" (from ").append(article.published().from().key()).append(")");
        }
        if (article.url() != null && (article.url().startsWith("https://") || article.url().startsWith("http://"))) {
            body.append(" · <a href=\"").append(Html.escape(article.url())).append("\" rel=\"noopener noreferrer nofollow\">original</a>");
        }
        body.append(" · from ").append(Html.escape(article.origin().label())).append("</p>\n");
        if (story != null) {
            body.append("<p>Story: <a href=\"/stories/").append(Html.escape(story.id())).append("\">").append(Html.escape(story.title())).append("</a></p>\n");
        }
        if (skipped != null) {
            body.append("<p class=\"meta skipped\">Not analysed for actors and statements: ").append(Html.escape(skipped)).append("</p>\n");
        }
        List<Marked.Mark> marks = new ArrayList<>();
        if (asked != null && asked.fitsWithin(article.text().length())) {
            marks.add(new Marked.Mark(asked, "<mark>", "</mark>", "marked"));
        }
        for (QuoteRecord quote : quotes) {
            marks.add(new Marked.Mark(quote.span(), "<span class=\"quote\" title=\"" + Html.escape(speaker(quote)) + "\">", "</span>",
                    "q-" + quote.span().start()));
        }
        for (MentionRecord mention : mentions) {
            marks.add(new Marked.Mark(mention.span(), "<a class=\"actor\" href=\"/actors/" + mention.actorId() + "\">", "</a>", null));
        }
        boolean[] idUsed = new boolean[marks.size()];
        body.append("<div class=\"article-text\">\n");
        for (int i = 0; i < article.paragraphs().size(); i++) {
            body.append("<p>").append(Marked.paragraph(article.text(), article.paragraphs().get(i).text(), marks, idUsed)).append("</p>\n");
        }
        body.append("</div>\n</article>\n");
        if (!quotes.isEmpty()) {
            body.append("<h2>Statements</h2>\n<ol>\n");
            for (QuoteRecord quote : quotes) {
                body.append("<li><a href=\"#q-").append(quote.span().start()).append("\">").append(Html.escape(speaker(quote))).append("</a>: ")
                        .append(Html.escape(quote.text())).append(" <span class=\"meta\">(").append(quote.kind().key())
                        .append(quote.saidOn() == null ? "" : ", said " + Html.escape(quote.saidOn().iso())).append(")</span></li>\n");
            }
            body.append("</ol>\n");
        }
        if (!related.isEmpty()) {
            body.append("<h2>Related articles</h2>\n<ul>\n");
            for (RelatedArticle other : related) {
                body.append("<li><span class=\"copy-badge\">").append(other.relation().key()).append("</span> <a href=\"/articles/")
                        .append(Html.escape(other.source().articleId())).append("\">")
                        .append(Html.escape(other.source().title() == null ? "(untitled)" : other.source().title())).append("</a> <span class=\"meta\">")
                        .append(Html.escape(other.source().outlet() == null ? "" : other.source().outlet())).append("</span></li>\n");
            }
            body.append("</ul>\n");
        }
        return Layout.page(article.title() == null ? "Article" : article.title(), Layout.Section.ARTICLES, body.toString());
    }

    private static String speaker(QuoteRecord quote) {
        return quote.speakerName() != null ? quote.speakerName() : quote.speakerMention() != null ? quote.speakerMention() : "unknown speaker";
    }

    static String notFound(String what) {
        return Layout.page("Not found", Layout.Section.NONE, "<h1>Not found</h1>\n<p>" + Html.escape(what) + "</p>\n<p><a href=\"/\">Stories</a></p>\n");
    }
}
