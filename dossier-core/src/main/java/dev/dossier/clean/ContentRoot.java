package dev.dossier.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where the article sits in a page without its furniture, found in two ways that the extractor
 * tries in turn:
 *
 * <ol>
 *   <li>{@link #explicit}: an element the page marks as the article body, by the markers
 *       trafilatura knows, from the most specific ({@code itemprop=articleBody},
 *       {@code entry-content}, {@code article-body}) through {@code <article>} to generic ones
 *       ({@code #content}, {@code <main>});</li>
 *   <li>{@link #scored}: Readability's scoring. Every run of text votes for the containers above
 *       it (its own container fully, the next by half, the one above that by a sixth) with one
 *       point, one per comma and one per hundred characters; containers are weighted by tag and by
 *       what their class and id say, discounted by their link density; the best container is
 *       widened to an ancestor that holds several near-best ones and joined by its siblings that
 *       score well or read as prose.</li>
 * </ol>
 */
final class ContentRoot {

    private static final Set<String> BODY_TAGS = Set.of("article", "div", "main", "section", "td");
    private static final List<Predicate<Element>> EXPLICIT_LEVELS = List.of(
            element -> element.attr("itemprop").equalsIgnoreCase("articleBody")
                    || namesContain(element, "articlebody", "article-body", "article__body", "article_body",
                    "article-content", "article__content", "article-text", "articletext", "entry-content",
                    "entry_content", "post-content", "post_content", "postcontent", "post-body", "post-text",
                    "post_text", "post-entry", "postentry", "body-text", "text-content", "story-body", "art-content",
                    "article__container", "page-content"),
            element -> element.nameIs("article"),
            element -> namesContain(element, "story-content", "storycontent", "post-bodycopy", "blog-content",
                    "single-content", "single-post", "theme-content", "section-content", "main-column", "field-body",
                    "fulltext", "wpb_text_column")
                    || element.id().equalsIgnoreCase("article") || element.id().equalsIgnoreCase("story")
                    || element.className().equalsIgnoreCase("story") || element.className().equalsIgnoreCase("text")
                    || element.attr("role").equalsIgnoreCase("article")
                    || element.id().toLowerCase(Locale.ROOT).startsWith("primary"),
            element -> namesContain(element, "content-main", "content_main", "content-body", "contentbody",
                    "content__body", "main-content", "maincontent")
                    || element.id().equalsIgnoreCase("content") || element.className().equalsIgnoreCase("content"),
            element -> element.nameIs("main") || element.attr("role").equalsIgnoreCase("main")
                    || element.id().toLowerCase(Locale.ROOT).startsWith("main")
                    || element.className().toLowerCase(Locale.ROOT).startsWith("main"));
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|beitrag|artikel|inhalt");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
                    + "|tags|tool|widget|kommentar|teaser");
    private static final Pattern COMMAS = Pattern.compile("[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]");

    private ContentRoot() {}

    /** Whether the element carries one of the most specific article-body markers. */
    static boolean marksBody(Element element) {
        return BODY_TAGS.contains(element.normalName()) && EXPLICIT_LEVELS.get(0).test(element);
    }

    /**
     * The first element, in document order, that carries the most specific body marker found on the
     * page and holds at least {@link ExtractionThresholds#MIN_BODY_CHARS} of text: on a page that
     * lists several articles, the first is the one the page is about.
     */
    static Optional<Element> explicit(Element body, TextStats stats) {
        for (Predicate<Element> level : EXPLICIT_LEVELS) {
            for (Element element : body.getAllElements()) {
                if (element != body && BODY_TAGS.contains(element.normalName()) && level.test(element)
                        && stats.chars(element) >= ExtractionThresholds.MIN_BODY_CHARS) {
                    return Optional.of(element);
                }
            }
        }
        return Optional.empty();
    }

    /** The best-scoring container and the siblings that belong with it, in document order; empty when nothing scores. */
    static List<Element> scored(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (TextRun run : BlockCollector.runs(body)) {
            String text = run.text();
            if (run.chars() < ExtractionThresholds.MIN_SCORED_RUN) {
                continue;
            }
            double points = 1 + COMMAS.matcher(text).results().count() + Math.min(3, run.chars() / 100);
            Element container = isParagraph(run.host()) ? run.host().parent() : run.host();
            for (int level = 0; level < 3 && container != null; level++, container = container.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.computeIfAbsent(container, ContentRoot::initialScore);
                scores.merge(container, points / divider, Double::sum);
            }
        }
        if (scores.isEmpty()) {
            return List.of();
        }
        Map<Element, Double> finals = new IdentityHashMap<>();
        scores.forEach((element, score) -> finals.put(element, score * (1 - stats.linkDensity(element))));
        List<Element> ranked = new ArrayList<>(finals.keySet());
        ranked.sort((a, b) -> Double.compare(finals.get(b), finals.get(a)));
        Element top = widen(ranked, finals, body);
        return withSiblings(top, finals, stats);
    }

    private static Element widen(List<Element> ranked, Map<Element, Double> scores, Element body) {
        Element top = ranked.get(0);
        double best = scores.get(top);
        List<Element> alternatives = new ArrayList<>();
        for (Element candidate : ranked.subList(1, Math.min(ranked.size(), 5))) {
            if (scores.get(candidate) >= best * ExtractionThresholds.ALTERNATIVE_SCORE_SHARE) {
                alternatives.add(candidate);
            }
        }
        if (alternatives.size() >= ExtractionThresholds.MIN_ALTERNATIVES) {
            for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
                int holding = 0;
                for (Element alternative : alternatives) {
                    holding += holds(ancestor, alternative) ? 1 : 0;
                }
                if (holding >= ExtractionThresholds.MIN_ALTERNATIVES) {
                    top = ancestor;
                    break;
                }
            }
        }
        // an ancestor that scores higher than the container it holds has more of the content
        double last = scores.getOrDefault(top, 0.0);
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null || score < last / 3) {
                break;
            }
            if (score > last) {
                top = parent;
                break;
            }
            last = score;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    static boolean holds(Element ancestor, Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(ExtractionThresholds.MIN_SIBLING_SCORE, topScore * ExtractionThresholds.SIBLING_SCORE_SHARE);
        List<Element> content = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                content.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            boolean joins = score != null && score + bonus >= threshold;
            if (!joins && sibling.nameIs("p")) {
                int chars = stats.chars(sibling);
                double density = stats.linkDensity(sibling);
                joins = chars > ExtractionThresholds.SIBLING_PARAGRAPH_CHARS && density < ExtractionThresholds.SIBLING_LINK_DENSITY
                        || chars > 0 && density == 0 && sibling.text().matches(".*\\.( .*|$)");
            }
            if (joins) {
                content.add(sibling);
            }
        }
        return content;
    }

    /** Paragraph-level blocks vote for their container; other blocks holding text directly are containers. */
    private static boolean isParagraph(Element host) {
        return switch (host.normalName()) {
            case "p", "pre", "td", "th", "li", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    /** Readability's starting score: the tag's weight and what the class and id names say. */
    static double initialScore(Element element) {
        double tag = switch (element.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return tag + nameWeight(element);
    }

    private static double nameWeight(Element element) {
        double weight = 0;
        for (String name : new String[] {element.className(), element.id()}) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.isBlank()) {
                continue;
            }
            weight += NEGATIVE.matcher(lower).find() ? -ExtractionThresholds.NAME_WEIGHT : 0;
            weight += POSITIVE.matcher(lower).find() ? ExtractionThresholds.NAME_WEIGHT : 0;
        }
        return weight;
    }

    private static boolean namesContain(Element element, String... markers) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String marker : markers) {
            if (names.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
