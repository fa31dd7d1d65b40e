package dev.dossier.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text, and how much of it link text, every element under a root holds: counted once,
 * bottom-up, so that link densities and shares of the page cost a lookup rather than a walk of the
 * subtree. A snapshot: it describes the tree as it was when counted.
 */
final class TextStats {

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    /** Characters of visible text under {@code element}, whitespace runs counted as one. */
    int chars(Element element) {
        int[] count = counts.get(element);
        return count == null ? 0 : count[0];
    }

    /** Characters of that text inside links. */
    int linkChars(Element element) {
        int[] count = counts.get(element);
        return count == null ? 0 : count[1];
    }

    /** The share of the element's text that is link text; 0 for an element without text. */
    double linkDensity(Element element) {
        int chars = chars(element);
        return chars == 0 ? 0 : (double) linkChars(element) / chars;
    }

    private final class Counter implements NodeVisitor {
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                counts.put(element, new int[2]);
                if (element.nameIs("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                int length = visibleLength(text.getWholeText());
                int[] count = counts.get(parent);
                if (count != null) {
                    count[0] += length;
                    count[1] += linkDepth > 0 ? length : 0;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.nameIs("a")) {
                    linkDepth--;
                }
                int[] count = counts.get(element);
                int[] parent = element.parent() == null ? null : counts.get(element.parent());
                if (parent != null) {
                    parent[0] += count[0];
                    parent[1] += count[1];
                }
            }
        }
    }

    /** The length of {@code text} with every run of whitespace counted as one character. */
    static int visibleLength(String text) {
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            boolean whitespace = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
            if (!whitespace) {
                length++;
            } else if (!space && length > 0) {
                length++;
            }
            space = whitespace;
        }
        return length;
    }
}
