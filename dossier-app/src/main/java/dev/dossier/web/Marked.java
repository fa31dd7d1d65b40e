package dev.dossier.web;

import dev.dossier.model.TextSpan;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text as HTML, paragraph by paragraph, with spans marked: statements, actor
 * mentions, a span asked for in the address. Spans may nest or overlap (a mention inside a quote, a
 * quote running over two paragraphs), so the text is cut at every span boundary and each piece is
 * wrapped in the marks that cover it: the markup is always well nested, and every character of
 * the text is escaped exactly once.
 */
final class Marked {

    /** One marked span: the element that wraps it, and for the first piece an id. */
    record Mark(TextSpan span, String open, String close, String firstId) {}

    private Marked() {}

    static String paragraph(String text, TextSpan paragraph, List<Mark> marks, boolean[] idUsed) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(paragraph.start());
        cuts.add(paragraph.end());
        for (Mark mark : marks) {
            for (int at : new int[] {mark.span().start(), mark.span().end()}) {
                if (at > paragraph.start() && at < paragraph.end()) {
                    cuts.add(at);
                }
            }
        }
        StringBuilder html = new StringBuilder();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            StringBuilder open = new StringBuilder();
            StringBuilder close = new StringBuilder();
            for (int i = 0; i < marks.size(); i++) {
                Mark mark = marks.get(i);
                if (mark.span().start() <= from && mark.span().end() >= to) {
                    String element = mark.open();
                    if (mark.firstId() != null && !idUsed[i]) {
                        element = element.substring(0, element.length() - 1) + " id=\"" + Html.escape(mark.firstId()) + "\">";
                        idUsed[i] = true;
                    }
                    open.append(element);
                    close.insert(0, mark.close());
                }
            }
            html.append(open).append(Html.escape(text.substring(from, to))).append(close);
        }
        return html.toString();
    }
}
