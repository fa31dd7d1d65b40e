package dev.dossier.clean;

import dev.dossier.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Main text of an HTML page, as a cascade in the manner of trafilatura:
 *
 * <ol>
 *   <li>metadata and headline, from the whole page, scripts included ({@link HtmlMetadata});</li>
 *   <li>page furniture out ({@link Furniture}): scripts, forms, navigation, asides, hidden
 *       elements, and elements whose class or id names them as sharing, newsletter, comments,
 *       related links...;</li>
 *   <li>the content root ({@link ContentRoot}): an explicitly marked article body, with the
 *       {@link Standfirst} it leaves out, if it yields enough text and not far less than the
 *       scored root; else the best-scoring container with its siblings; else the marked body's
 *       links, for a post that is a list of links; else the whole page;</li>
 *   <li>its runs of text ({@link BlockCollector}), without link lists and the headings that
 *       introduce them, each with its source span: paragraphs, headings, list items, quotes, table
 *       cells, and text that sits directly in a {@code <div>} or between line breaks. A heading
 *       that ends the text goes: it heads something left out.</li>
 * </ol>
 *
 * <p>Thresholds live in {@link ExtractionThresholds}; line-level furniture is dropped later, by
 * {@link Boilerplate}, for every format.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlExtractor {

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
        String title = hints.title() != null ? hints.title()
                : HtmlMetadata.headline(page, metadata.title(), metadata.outlet());
        Furniture.remove(page);
        return new Extracted(metadata, title.isBlank() ? null : title, mainText(page.body()));
    }

    /**
     * The cascade: the explicit body (with its standfirst) unless the scored root yields several
     * times more; the scored root; the explicit body's links, for a post that is a list of links;
     * the whole page.
     */
    private static List<Block> mainText(Element body) {
        TextStats stats = TextStats.of(body);
        List<TextRun> scored = new ArrayList<>();
        for (Element root : ContentRoot.scored(body, stats)) {
            scored.addAll(BlockCollector.content(root, stats));
        }
        Optional<Element> explicit = ContentRoot.explicit(body, stats);
        if (explicit.isPresent()) {
            List<TextRun> runs = BlockCollector.content(explicit.get(), stats);
            if (chars(runs) >= ExtractionThresholds.MIN_BODY_CHARS
                    && chars(runs) * ExtractionThresholds.SCORED_OVER_EXPLICIT >= chars(scored)) {
                List<TextRun> withLede = new ArrayList<>();
                for (Element lede : Standfirst.before(explicit.get(), body, stats)) {
                    withLede.addAll(BlockCollector.content(lede, stats));
                }
                withLede.addAll(runs);
                return blocks(withLede);
            }
        }
        if (chars(scored) >= ExtractionThresholds.MIN_BODY_CHARS) {
            return blocks(scored);
        }
        if (explicit.isPresent()) {
            // the marked body is nearly all links and nothing else on the page reads as prose: the links are the post
            List<TextRun> links = BlockCollector.runs(explicit.get());
            if (chars(links) >= ExtractionThresholds.MIN_BODY_CHARS) {
                return blocks(links);
            }
        }
        List<TextRun> whole = BlockCollector.content(body, stats);
        return blocks(chars(whole) > chars(scored) ? whole : scored);
    }

    private static int chars(List<TextRun> runs) {
        int total = 0;
        for (TextRun run : runs) {
            total += run.chars();
        }
        return total;
    }

    /** The runs as blocks, without trailing headings: a heading that ends the text heads something left out. */
    private static List<Block> blocks(List<TextRun> runs) {
        int end = runs.size();
        while (end > 1 && BlockCollector.isHeading(runs.get(end - 1).host())) {
            end--;
        }
        List<Block> blocks = new ArrayList<>(end);
        for (TextRun run : runs.subList(0, end)) {
            blocks.add(run.toBlock());
        }
        return blocks;
    }
}
