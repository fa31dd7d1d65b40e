package dev.dossier.clean;

import dev.dossier.model.TextSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Flattens a subtree into {@link TextRun}s: every stretch of inline content between two block
 * boundaries becomes one run, so text that sits directly in a {@code <div>}, or is split by
 * {@code <br><br>}, is found as well as text in {@code <p>}; headings, list items, quotes, table
 * cells and preformatted text are runs like any other. Optionally skips containers that are link
 * lists (menus, "related" boxes) and runs that are mostly link text.
 */
final class BlockCollector {

    /** Elements that continue the current run rather than start a new one. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
            "i", "img", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
            "sup", "time", "tt", "u", "var", "wbr", "br");
    /** Containers whose link density is judged; paragraphs and headings are judged as runs. */
    private static final Set<String> JUDGED_CONTAINERS = Set.of(
            "ul", "ol", "dl", "table", "div", "section", "nav", "form", "fieldset", "figure", "header", "footer");
    /** Blocks where a run that is all links is still prose ("Click through for the whole story."). */
    private static final Set<String> PROSE_HOSTS = Set.of("p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6");

    private BlockCollector() {}

    /** Every run under {@code root}, in document order, nothing filtered. */
    static List<TextRun> runs(Element root) {
        Collector collector = new Collector(null, root);
        NodeTraversor.filter(collector, root);
        collector.flush(false);
        return collector.runs;
    }

    /** The runs under {@code root} without link-list containers and link-only runs. */
    static List<TextRun> content(Element root, TextStats stats) {
        Collector collector = new Collector(stats, root);
        NodeTraversor.filter(collector, root);
        collector.flush(false);
        List<TextRun> kept = new ArrayList<>();
        for (TextRun run : collector.runs) {
            boolean linkLine = run.linkDensity() > ExtractionThresholds.MAX_RUN_LINK_DENSITY
                    && run.chars() < ExtractionThresholds.LINK_RUN_MAX_CHARS
                    && !PROSE_HOSTS.contains(run.host().normalName());
            if (run.chars() > 0 && !linkLine) {
                kept.add(run);
            }
        }
        return kept;
    }

    static boolean isHeading(Element element) {
        return switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    private static final class Collector implements NodeFilter {
        private final TextStats stats;
        private final Element root;
        private final List<TextRun> runs = new ArrayList<>();
        private final Deque<Frame> hosts = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int chars;
        private int linkChars;
        private int start = -1;
        private int end = -1;
        private int linkDepth;
        private boolean pendingBreak;

        Collector(TextStats stats, Element root) {
            this.stats = stats;
            this.root = root;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode);
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    if (pendingBreak) {
                        flush(true);
                    } else {
                        pendingBreak = true;
                        text.append('\n');
                    }
                } else if (element.nameIs("a")) {
                    linkDepth++;
                } else if (!isInline(element)) {
                    flush(true);
                    if (stats != null && element != root && linkList(element)) {
                        dropLabel();
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    hosts.push(new Frame(element));
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.nameIs("a")) {
                    linkDepth--;
                } else if (!isInline(element)) {
                    flush(false);
                    hosts.pop();
                }
            }
            return FilterResult.CONTINUE;
        }

        /** The heading or "Read more:" label just before a dropped link list goes with it. */
        private void dropLabel() {
            if (!runs.isEmpty()) {
                TextRun last = runs.get(runs.size() - 1);
                if (isHeading(last.host()) || last.chars() <= ExtractionThresholds.MAX_LABEL_CHARS
                        && last.text().strip().endsWith(":")) {
                    runs.remove(runs.size() - 1);
                }
            }
        }

        /** A container that is mostly link text and holds no paragraph of prose. */
        private boolean linkList(Element element) {
            if (!JUDGED_CONTAINERS.contains(element.normalName())
                    || stats.linkDensity(element) <= ExtractionThresholds.MAX_CONTAINER_LINK_DENSITY) {
                return false;
            }
            for (Element paragraph : element.getElementsByTag("p")) {
                if (stats.chars(paragraph) >= ExtractionThresholds.PROSE_PARAGRAPH_CHARS
                        && stats.linkDensity(paragraph) < ExtractionThresholds.PROSE_LINK_DENSITY) {
                    return false;
                }
            }
            return true;
        }

        private void append(TextNode node) {
            String whole = node.getWholeText();
            int length = TextStats.visibleLength(whole);
            if (length > 0 && !whole.isBlank()) {
                pendingBreak = false;
            }
            text.append(whole);
            chars += length;
            linkChars += linkDepth > 0 ? length : 0;
            Range range = node.sourceRange();
            if (range.isTracked()) {
                start = start < 0 ? range.startPos() : start;
                end = Math.max(end, range.endPos());
            }
        }

        /**
         * Ends the current run. {@code split} says the host goes on after it (a child block or a
         * double line break follows), so the run is not the host's whole content.
         */
        void flush(boolean split) {
            Frame frame = hosts.peek();
            if (text.length() > 0 && !text.toString().isBlank()) {
                Element host = frame == null ? root : frame.host;
                TextSpan span = frame != null && !frame.split && !split ? whole(host) : new TextSpan(
                        Math.max(0, start), Math.max(Math.max(0, start), end));
                runs.add(new TextRun(host, text.toString(), chars, linkChars, span));
            }
            if (frame != null && (split || text.length() > 0)) {
                frame.split |= split;
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
            start = -1;
            end = -1;
            pendingBreak = false;
        }

        /** The element's span in the source, from its start tag to its end tag. */
        private TextSpan whole(Element host) {
            Range from = host.sourceRange();
            if (!from.isTracked()) {
                return new TextSpan(Math.max(0, start), Math.max(Math.max(0, start), end));
            }
            Range to = host.endSourceRange();
            int stop = to.isTracked() ? to.endPos() : Math.max(from.endPos(), end);
            return new TextSpan(from.startPos(), Math.max(from.startPos(), stop));
        }
    }

    private static final class Frame {
        final Element host;
        boolean split;

        Frame(Element host) {
            this.host = host;
        }
    }
}
