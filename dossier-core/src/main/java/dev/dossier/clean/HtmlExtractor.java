package dev.dossier.clean;

import dev.dossier.model.Metadata;
import dev.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Main text of an HTML page, as a cascade: metadata first (from the whole page, scripts
 * included); then page furniture out (scripts, navigation, asides, forms, and elements whose class
 * or id names them as sharing, newsletter, comments, related links...); then the content root: an
 * explicit article body if the page marks one, else the element whose paragraphs carry the most
 * text; then its paragraphs, each with its source span.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlExtractor {

    private static final Set<String> FURNITURE_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form",
            "button", "input", "select", "textarea", "nav", "aside", "footer", "figcaption", "dialog", "menu");
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(share|sharing|social|newsletter|subscribe|subscription|signup|sign|cookie|cookies|consent|gdpr|"
                    + "comment|comments|related|recommended|recommendations|sidebar|footer|nav|navbar|navigation|menu|"
                    + "breadcrumb|breadcrumbs|promo|advert|advertisement|ad|ads|banner|popup|modal|paywall|"
                    + "trending|popular|mostread|most|outbrain|taboola|tags|byline-share|toolbar|widget)");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt");
    private static final String EXPLICIT_BODY =
            "[itemprop=articleBody], .article-body, .article__body, .story-body, .entry-content, .post-content";
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private HtmlExtractor() {}

    /** The result of reading a page: its metadata, its headline, and its paragraphs. */
    record Extracted(Metadata metadata, String title, List<Block> blocks) {}

    static Extracted extract(String html, Metadata hints) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Metadata metadata = HtmlMetadata.read(page).orElse(hints);
        if (metadata.outlet() == null && metadata.url() != null) {
            metadata = new Metadata(metadata.title(), HtmlMetadata.host(metadata.url()), metadata.url(),
                    metadata.published(), metadata.author(), metadata.language());
        }
        Element h1 = page.selectFirst("h1");
        String title = hints.title() != null ? hints.title()
                : metadata.title() != null ? metadata.title()
                : h1 != null && !h1.text().isBlank() ? h1.text()
                : HtmlMetadata.documentTitle(page, metadata.outlet());
        removeFurniture(page);
        Element root = contentRoot(page);
        return new Extracted(metadata, title.isBlank() ? null : title, blocks(root));
    }

    private static void removeFurniture(Document page) {
        for (Element element : page.body().select("*")) {
            if (element.parent() == null || element == page.body()) {
                continue;
            }
            String tag = element.normalName();
            boolean furniture = FURNITURE_TAGS.contains(tag)
                    || (tag.equals("header") && element.closest("article") == null)
                    || element.attr("aria-hidden").equals("true")
                    || element.hasAttr("hidden")
                    || namedAsFurniture(element);
            if (furniture && element.selectFirst("[itemprop=articleBody]") == null) {
                element.remove();
            }
        }
    }

    /** Whether a class or id token, split on hyphens and underscores, names page furniture. */
    private static boolean namedAsFurniture(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String token : names.split("[\\s]+")) {
            if (token.startsWith("article") || token.startsWith("story") || token.startsWith("content")) {
                continue;
            }
            for (String part : token.split("[-_]")) {
                if (FURNITURE_NAME.matcher(part).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An explicitly marked article body if there is one with real text; otherwise the element that
     * holds the most paragraph text (each paragraph credits its parent fully and its grandparent by
     * half), widened to its parent while the parent holds clearly more of it.
     */
    private static Element contentRoot(Document page) {
        for (Element explicit : page.select(EXPLICIT_BODY + ", article")) {
            if (paragraphChars(explicit) >= 200) {
                return explicit;
            }
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : page.body().select("p")) {
            int length = paragraph.text().length();
            if (length < MIN_PARAGRAPH_CHARS || paragraph.parent() == null) {
                continue;
            }
            scores.merge(paragraph.parent(), (double) length, Double::sum);
            Element grandparent = paragraph.parent().parent();
            if (grandparent != null) {
                scores.merge(grandparent, length / 2.0, Double::sum);
            }
        }
        Element best = page.body();
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        while (best.parent() != null && best != page.body()
                && paragraphChars(best.parent()) > paragraphChars(best) * 1.3) {
            best = best.parent();
        }
        return best;
    }

    private static int paragraphChars(Element element) {
        int total = 0;
        for (Element paragraph : element.select("p")) {
            total += paragraph.text().length();
        }
        return total;
    }

    /** The paragraphs under {@code root}: block elements not nested in another collected block. */
    private static List<Block> blocks(Element root) {
        List<Block> blocks = new ArrayList<>();
        Elements candidates = root.select("*");
        for (Element element : candidates) {
            boolean block = BLOCK_TAGS.contains(element.normalName())
                    || (element.normalName().equals("div") && !element.ownText().isBlank()
                    && element.select("p, div, li, blockquote").size() == 1);
            if (!block || hasBlockAncestor(element, root) || linkHeavy(element)) {
                continue;
            }
            String text = element.text();
            if (!text.isBlank()) {
                blocks.add(new Block(text, span(element)));
            }
        }
        if (blocks.isEmpty() && !root.text().isBlank()) {
            blocks.add(new Block(root.text(), span(root)));
        }
        return blocks;
    }

    private static boolean hasBlockAncestor(Element element, Element root) {
        for (Element parent = element.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (BLOCK_TAGS.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Lists of links (menus, "read more" lists) rather than prose. */
    private static boolean linkHeavy(Element element) {
        int textLength = element.text().length();
        if (textLength == 0 || textLength > 300) {
            return false;
        }
        int linkLength = 0;
        for (Element link : element.select("a")) {
            linkLength += link.text().length();
        }
        return linkLength * 2 > textLength;
    }

    /** The element's span in the source, from its start tag to its end tag (or its parent's). */
    private static TextSpan span(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            Range start = current.sourceRange();
            if (start.isTracked()) {
                Range end = current.endSourceRange();
                int to = end.isTracked() ? end.endPos() : start.endPos();
                return new TextSpan(start.startPos(), Math.max(start.startPos(), to));
            }
        }
        return new TextSpan(0, 0);
    }
}
