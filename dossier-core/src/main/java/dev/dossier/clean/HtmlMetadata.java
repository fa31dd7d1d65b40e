package dev.dossier.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.Metadata;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata from the places news sites put it: Open Graph and article meta tags, JSON-LD
 * ({@code NewsArticle} and kin), {@code <link rel=canonical>}, {@code <time datetime>}, the
 * {@code lang} attribute, and a date in the URL path ({@code /2026/03/14/}) as the last resort.
 */
final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|-)");
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
            "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date");

    private static final String[] TITLE_SEPARATORS = {" | ", " – ", " — ", " - ", " · ", " :: "};
    /** What follows a headline in a title: a separator, then the outlet, section or date. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*[|–—\\-·:]+\\s.*");

    private HtmlMetadata() {}

    static Metadata read(Document page) {
        JsonLd ld = JsonLd.read(page);
        String url = first(attr(page, "link[rel=canonical]", "href"), meta(page, "og:url"), ld.url);
        Published published = published(page, ld).orElse(null);
        if (published == null && url != null) {
            published = dateInUrl(url).orElse(null);
        }
        return new Metadata(
                first(meta(page, "og:title"), ld.headline, meta(page, "twitter:title")),
                first(meta(page, "og:site_name"), ld.publisher, meta(page, "application-name")),
                url,
                published,
                first(meta(page, "author"), ld.author, meta(page, "article:author")),
                language(page, ld));
    }

    /**
     * The headline: the title the metadata gives, without the outlet's name when the page's
     * {@code <h1>} shows the same headline without it ("Talks resume - The Gazette" becomes "Talks
     * resume"); failing metadata, the {@code <h1>}; failing that, the document title.
     */
    static String headline(Document page, String metadataTitle, String outlet) {
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? "" : Whitespace.normalize(h1.text());
        if (metadataTitle == null) {
            return !heading.isEmpty() ? heading : documentTitle(page, outlet);
        }
        String title = Whitespace.normalize(metadataTitle);
        if (!heading.isEmpty() && title.length() > heading.length() && title.startsWith(heading)
                && TITLE_SUFFIX.matcher(title.substring(heading.length())).matches()) {
            return heading;
        }
        return withoutOutlet(title, outlet, false);
    }

    /** The title the page shows in its tab, without a trailing " | Outlet" or " - Outlet". */
    static String documentTitle(Document page, String outlet) {
        return withoutOutlet(page.title().strip(), outlet, true);
    }

    /** The title without a trailing separator and the outlet's name (or any short tail, if {@code anyShortTail}). */
    private static String withoutOutlet(String title, String outlet, boolean anyShortTail) {
        for (String separator : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                String tail = title.substring(at + separator.length()).strip();
                if ((outlet != null && tail.equalsIgnoreCase(outlet)) || (anyShortTail && tail.length() * 3 < at)) {
                    return title.substring(0, at).strip();
                }
            }
        }
        return title;
    }

    static Optional<Published> dateInUrl(String url) {
        Matcher matcher = URL_DATE.matcher(url);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            return Optional.of(Published.ofDay(day, PublishedFrom.METADATA));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    static String host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException malformed) {
            return null;
        }
    }

    private static Optional<Published> published(Document page, JsonLd ld) {
        List<String> candidates = new ArrayList<>();
        for (String name : PUBLISHED_META) {
            candidates.add(meta(page, name));
        }
        candidates.add(ld.datePublished);
        candidates.add(attr(page, "time[datetime]", "datetime"));
        candidates.add(attr(page, "[itemprop=datePublished]", "content"));
        for (String candidate : candidates) {
            Optional<Published> parsed = Published.parse(candidate, PublishedFrom.METADATA);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static String language(Document page, JsonLd ld) {
        String lang = first(attr(page, "html[lang]", "lang"), meta(page, "content-language"), ld.language,
                meta(page, "og:locale"));
        if (lang == null) {
            return null;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-') > 0 ? code.indexOf('-') : code.indexOf('_');
        code = cut > 0 ? code.substring(0, cut) : code;
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    /** The content of {@code <meta property=name>} or {@code <meta name=name>}, or null. */
    private static String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (key.equalsIgnoreCase(name) || (name.equals("content-language") && meta.attr("http-equiv").equalsIgnoreCase(name))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String attr(Document page, String cssQuery, String attribute) {
        Element element = page.selectFirst(cssQuery);
        if (element == null) {
            return null;
        }
        String value = element.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The fields of the page's first JSON-LD article object; each may be null. */
    private record JsonLd(String headline, String datePublished, String author, String publisher, String url, String language) {

        static final JsonLd NONE = new JsonLd(null, null, null, null, null, null);

        static JsonLd read(Document page) {
            for (Element script : page.select("script[type=application/ld+json]")) {
                try {
                    JsonNode article = findArticle(JSON.readTree(script.data()));
                    if (article != null) {
                        return new JsonLd(text(article.get("headline")), text(article.get("datePublished")),
                                name(article.get("author")), name(article.get("publisher")),
                                first(text(article.get("url")), idOf(article.get("mainEntityOfPage"))),
                                text(article.get("inLanguage")));
                    }
                } catch (JsonProcessingException malformed) {
                    // pages often ship broken JSON-LD; the other sources of metadata remain
                }
            }
            return NONE;
        }

        private static JsonNode findArticle(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isArray()) {
                for (JsonNode item : node) {
                    JsonNode found = findArticle(item);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            if (node.has("@graph")) {
                return findArticle(node.get("@graph"));
            }
            String type = String.valueOf(text(node.get("@type")));
            return type.endsWith("Article") || type.equals("BlogPosting") || type.contains("Article\"") ? node : null;
        }

        private static String name(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isArray()) {
                return node.isEmpty() ? null : name(node.get(0));
            }
            return node.isObject() ? text(node.get("name")) : text(node);
        }

        private static String idOf(JsonNode node) {
            return node != null && node.isObject() ? text(node.get("@id")) : text(node);
        }

        private static String text(JsonNode node) {
            if (node == null || node.isNull() || node.isContainerNode()) {
                return node != null && node.isArray() && !node.isEmpty() ? text(node.get(0)) : null;
            }
            return node.asText();
        }
    }
}
