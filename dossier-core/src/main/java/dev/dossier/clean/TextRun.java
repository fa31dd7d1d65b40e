package dev.dossier.clean;

import dev.dossier.model.TextSpan;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * A run of inline text between two block boundaries: the text of a {@code <p>}, of a list item,
 * or of the stretch of a {@code <div>} between its child blocks and double line breaks.
 *
 * @param host the nearest block element holding the run
 * @param text the text as found (whitespace not yet normalised)
 * @param chars its visible length, whitespace runs counted once
 * @param linkChars how much of that is link text
 * @param raw its span in the decoded source
 */
record TextRun(Element host, String text, int chars, int linkChars, TextSpan raw) {

    TextRun {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(raw, "raw");
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    Block toBlock() {
        return new Block(text, raw);
    }
}
