package dev.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page furniture, removed before the content root is chosen: elements that never carry reporting
 * (scripts, forms, embeds), structural furniture (navigation, asides, footers, page headers),
 * hidden elements, and elements whose class or id names them as furniture (share bars,
 * newsletters, comments, related links, cookie banners...).
 *
 * <p>A class or id names furniture when one of its tokens, split on hyphens and underscores,
 * starts or ends with a furniture word ({@code social-share}, {@code site-footer},
 * {@code comment-list}). Tokens that themes generate from a post's tags and categories
 * ({@code tag-ads}, {@code category-social-media}) are not read. Structural and named furniture
 * is kept when it wraps most of the page ({@link ExtractionThresholds#FURNITURE_MAX_SHARE}) or the
 * page's headline or explicit article body: then it is a layout wrapper, not furniture.
 */
final class Furniture {

    /** Elements that never hold article text. */
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "button",
            "input", "select", "textarea", "option", "label", "dialog", "menu", "figcaption", "audio", "video",
            "map", "link", "meta", "math");
    /**
     * Structural furniture, kept only when it wraps the article (a {@code <noscript>} can hold a
     * script-rendered page's whole text).
     */
    private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "form", "header", "noscript");
    private static final Pattern FURNITURE_WORD = Pattern.compile(
            "share|sharing|shares|sharebar|social|socials|newsletter|subscribe|subscription|signup|cookie|cookies"
                    + "|consent|gdpr|comment|comments|commentlist|respond|replies|disqus|kommentare|related|relatedposts"
                    + "|recommended|recommendations|sidebar|footer|nav|navbar|navigation|menu|breadcrumb|breadcrumbs"
                    + "|promo|advert|advertisement|ad|ads|adslot|banner|popup|modal|paywall|trending|popular"
                    + "|mostread|outbrain|taboola|tags|tagcloud|toolbar|pagination|pager|print"
                    + "|skip|login|masthead|byline|meta|postmeta|author|authorbox|bio|sponsored"
                    + "|werbung|anzeige|teilen|newsticker|player|playlist|caption|captions");
    /** Theme-generated tokens about the post's taxonomy, not the element's role. */
    private static final Pattern TAXONOMY_TOKEN = Pattern.compile(
            "(tag|category|categories|format|type|status|postid|term|topic|single-format|page-template)-.*"
                    + "|(post|page-id)-\\d+");
    private static final Set<String> HIDDEN_TOKENS = Set.of(
            "hidden", "d-none", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "element-invisible");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Furniture() {}

    /** Removes the page's furniture from {@code page}, in place. */
    static void remove(Document page) {
        Element body = page.body();
        for (Element element : new ArrayList<>(body.select(String.join(",", NEVER_TEXT)))) {
            element.remove();
        }
        TextStats stats = TextStats.of(body);
        int pageChars = Math.max(1, stats.chars(body));
        List<Element> furniture = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            boolean candidate = STRUCTURAL.contains(element.normalName()) && !inArticle(element)
                    || hidden(element) || namedAsFurniture(element);
            if (candidate && (double) stats.chars(element) / pageChars <= ExtractionThresholds.FURNITURE_MAX_SHARE
                    && !wrapsArticle(element)) {
                furniture.add(element);
            }
        }
        for (Element element : furniture) {
            element.remove();
        }
    }

    /** A header or footer inside an article is the article's own (headline, standfirst), not the page's. */
    private static boolean inArticle(Element element) {
        return element.nameIs("header") && element.closest("article") != null;
    }

    /** Whether the element holds the page's headline, its main element or an explicitly marked article body. */
    private static boolean wrapsArticle(Element element) {
        for (Element inside : element.getAllElements()) {
            if (inside.nameIs("h1") || inside.nameIs("main") || ContentRoot.marksBody(inside)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Element element) {
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")
                || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
            return true;
        }
        for (String token : element.classNames()) {
            if (HIDDEN_TOKENS.contains(token.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class or id token starts or ends with a furniture word. */
    static boolean namedAsFurniture(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT).strip();
        if (names.isEmpty()) {
            return false;
        }
        for (String token : names.split("\\s+")) {
            if (TAXONOMY_TOKEN.matcher(token).matches()) {
                continue;
            }
            String[] parts = token.split("[-_]+");
            if (parts.length == 0) {
                continue;
            }
            if (FURNITURE_WORD.matcher(parts[0]).matches() || FURNITURE_WORD.matcher(parts[parts.length - 1]).matches()) {
                return true;
            }
        }
        return false;
    }
}
