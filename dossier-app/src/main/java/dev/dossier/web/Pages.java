package dev.dossier.web;

import dev.dossier.model.CleanArticle;
import java.util.List;

/**
 * The server-rendered pages: a list of articles and an article. Deliberately plain; the web UI
 * grows on the JSON API. Every piece of article data passes through {@link Html#escape}.
 */
final class Pages {

    private Pages() {}

    static String articleList(List<CleanArticle> articles, long total) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Dossier</h1>\n<p>").append(total).append(" articles stored. JSON: <a href=\"/api/articles\">/api/articles</a></p>\n<ul>\n");
        for (CleanArticle article : articles) {
            body.append("<li><a href=\"/articles/").append(Html.escape(article.id())).append("\">")
                    .append(Html.escape(article.title())).append("</a> <small>")
                    .append(Html.escape(article.outlet() == null ? "" : article.outlet()))
                    .append(article.published() == null ? "" : " · " + Html.escape(article.published().iso()))
                    .append("</small></li>\n");
        }
        return page("Dossier", body.append("</ul>\n").toString());
    }

    static String article(CleanArticle article) {
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"/\">← all articles</a></p>\n<h1>").append(Html.escape(article.title())).append("</h1>\n<p><small>");
        body.append(Html.escape(article.outlet() == null ? "unknown outlet" : article.outlet()));
        if (article.published() != null) {
            body.append(" · ").append(Html.escape(article.published().iso())).append(" (").append(article.published().from().key()).append(")");
        }
        body.append(" · from ").append(Html.escape(article.origin().label())).append("</small></p>\n");
        for (int i = 0; i < article.paragraphs().size(); i++) {
            body.append("<p>").append(Html.escape(article.paragraphText(i))).append("</p>\n");
        }
        return page(article.title(), body.toString());
    }

    static String notFound(String what) {
        return page("Not found", "<h1>Not found</h1>\n<p>" + Html.escape(what) + "</p>\n<p><a href=\"/\">All articles</a></p>\n");
    }

    private static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + Html.escape(title)
                + "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1a1a1a}a{color:#0b4f8a}small{color:#555}</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }
}
