package dev.dossier.engine;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.Origin;
import dev.dossier.model.Paragraph;
import java.util.List;

/**
 * An article as front ends show it in JSON, with the field names of DESIGN.md's contract:
 * {@code id, title, outlet, url, published, publishedFrom, language, text, origin}, plus the
 * author, the fetch time and the paragraph spans. Offsets are character offsets into {@code text}.
 */
public record ArticleView(
        String id,
        String title,
        String outlet,
        String url,
        String published,
        String publishedFrom,
        String language,
        String text,
        OriginView origin,
        String author,
        String fetchedAt,
        List<ParagraphView> paragraphs) {

    /** Where the article came from. */
    public record OriginView(String source, String record, String url) {
        static OriginView of(Origin origin) {
            return new OriginView(origin.source(), origin.record(), origin.url());
        }
    }

    /** A paragraph: its span in {@code text} and its span in the raw input. */
    public record ParagraphView(int start, int end, int rawStart, int rawEnd) {
        static ParagraphView of(Paragraph paragraph) {
            return new ParagraphView(paragraph.text().start(), paragraph.text().end(), paragraph.raw().start(), paragraph.raw().end());
        }
    }

    public static ArticleView of(CleanArticle article) {
        return new ArticleView(
                article.id(),
                article.title(),
                article.outlet(),
                article.url(),
                article.published() == null ? null : article.published().iso(),
                article.published() == null ? null : article.published().from().key(),
                article.language(),
                article.text(),
                OriginView.of(article.origin()),
                article.author(),
                article.fetchedAt().toString(),
                article.paragraphs().stream().map(ParagraphView::of).toList());
    }
}
