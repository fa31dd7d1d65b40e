package dev.dossier.bench;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Renders an article as a news site serves it: a head with Open Graph tags, JSON-LD and analytics
 * scripts; a body with a cookie banner, site header and navigation, share tools, a newsletter box
 * and an advert slot inside the article, a related-links aside and a footer. The chrome is what
 * the clean stage must strip, so it is part of what the HTML row measures.
 */
final class HtmlPage {

    private static final String NAVIGATION = String.join("\n",
            "<nav class=\"site-nav\" aria-label=\"Sections\"><ul>",
            "<li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a></li>",
            "<li><a href=\"/business\">Business</a></li><li><a href=\"/economy\">Economy</a></li><li><a href=\"/opinion\">Opinion</a></li>",
            "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/culture\">Culture</a></li><li><a href=\"/podcasts\">Podcasts</a></li>",
            "</ul></nav>");
    private static final String ANALYTICS = String.join("\n",
            "<script>",
            "window.dataLayer = window.dataLayer || [];",
            "function track(){ dataLayer.push(arguments); }",
            "track('js', new Date()); track('config', 'SITE-0001', { anonymize_ip: true });",
            "(function(){ var s = document.createElement('script'); s.async = true; s.src = '/assets/metrics.js';",
            "  document.head.appendChild(s); })();",
            "</script>");

    private HtmlPage() {}

    static String render(SyntheticArticle article) {
        String outlet = escape(article.outlet().name());
        String headline = escape(article.headline());
        String published = article.published().toString();
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(headline).append(" | ").append(outlet).append("</title>\n")
                .append(meta("property", "og:title", headline))
                .append(meta("property", "og:site_name", outlet))
                .append(meta("property", "og:url", escape(article.url())))
                .append(meta("property", "og:type", "article"))
                .append(meta("property", "article:published_time", published))
                .append(meta("property", "article:section", article.section()))
                .append(meta("name", "author", escape(article.author())))
                .append("<link rel=\"canonical\" href=\"").append(escape(article.url())).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
                .append("<script type=\"application/ld+json\">").append(jsonLd(article)).append("</script>\n")
                .append(ANALYTICS).append("\n</head>\n<body class=\"article-page\">\n");
        page.append("<div class=\"cookie-banner\" role=\"dialog\"><p>We use cookies to improve your experience and to show you ")
                .append("relevant advertising. <a href=\"/privacy\">Manage preferences</a></p><button>Accept all</button></div>\n")
                .append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(outlet).append("</a>\n")
                .append(NAVIGATION).append("\n<a class=\"subscribe\" href=\"/subscribe\">Subscribe</a></header>\n");
        page.append("<main>\n<article>\n<header class=\"article-header\"><p class=\"kicker\"><a href=\"/")
                .append(article.section()).append("\">").append(article.section()).append("</a></p>\n<h1>").append(headline)
                .append("</h1>\n<div class=\"byline\">By <a href=\"/authors/").append(article.number()).append("\">")
                .append(escape(article.author())).append("</a> <time datetime=\"").append(published).append("\">")
                .append(humanDate(article)).append("</time></div></header>\n")
                .append("<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a> ")
                .append("<a href=\"#\">Email</a> <button>Copy link</button></div>\n")
                .append("<div class=\"article-body\">\n");
        int index = 0;
        for (String paragraph : article.paragraphs()) {
            page.append("<p>").append(escape(paragraph)).append("</p>\n");
            index++;
            if (index == 3) {
                page.append("<div class=\"newsletter-signup\"><h3>The morning briefing</h3><p>Sign up to our newsletter ")
                        .append("for the stories that matter, every weekday.</p><form><input type=\"email\" ")
                        .append("placeholder=\"Your email\"><button>Sign up</button></form></div>\n");
            } else if (index == 6) {
                page.append("<figure><img src=\"/images/").append(article.number()).append(".jpg\" alt=\"\">")
                        .append("<figcaption>Delegates arrive for the talks. Photograph: Agency</figcaption></figure>\n")
                        .append("<div class=\"ad-slot\"><p>Advertisement</p></div>\n");
            }
        }
        page.append("</div>\n</article>\n<aside class=\"related\"><h2>Related Articles</h2><ul>\n");
        for (String related : article.related()) {
            page.append("<li><a href=\"/").append(article.section()).append("/related\">").append(escape(related)).append("</a></li>\n");
        }
        page.append("</ul></aside>\n</main>\n<footer class=\"site-footer\"><p>© ").append(article.published().getYear())
                .append(' ').append(outlet).append(". All rights reserved.</p><ul><li><a href=\"/privacy\">Privacy</a></li>")
                .append("<li><a href=\"/terms\">Terms</a></li><li><a href=\"/contact\">Contact us</a></li></ul></footer>\n")
                .append("<script src=\"/assets/app.js\" defer></script>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String meta(String attribute, String name, String content) {
        return "<meta " + attribute + "=\"" + name + "\" content=\"" + content + "\">\n";
    }

    private static String jsonLd(SyntheticArticle article) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("@context", "https://schema.org");
        fields.put("@type", "NewsArticle");
        fields.put("headline", article.headline());
        fields.put("datePublished", article.published().toString());
        fields.put("url", article.url());
        // a script element ends at the first "</", whatever the JSON around it says
        return JsonText.object(fields).replace("</", "<\\/");
    }

    /** "Tuesday 14 April 2026 09.30", as British sites print it. */
    private static String humanDate(SyntheticArticle article) {
        return article.published().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + article.published().format(DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", Locale.ENGLISH));
    }

    /** Text as HTML character data or a double-quoted attribute value (jsoup's escaper, as pages are parsed by jsoup). */
    static String escape(String text) {
        return Entities.escape(text);
    }
}
