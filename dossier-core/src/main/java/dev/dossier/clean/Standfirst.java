package dev.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The standfirst (lede, summary, deck) that news pages set between the headline and the body, and
 * that a marked article body leaves out: it is reporting, often the article's best sentence.
 */
final class Standfirst {

    /** Class and id words that name a standfirst. */
    private static final Pattern LEDE_WORD = Pattern.compile(
            "lede|lead|standfirst|intro|summary|excerpt|deck|dek|teaser|subtitle|subheadline|description|abstract"
                    + "|bajada|chapo|chapeau|vorspann|einleitung");

    private Standfirst() {}

    /**
     * The standfirst of a page whose body root leaves it out: elements between the page's
     * {@code <h1>} and the root whose class or id names them as a lede or summary, with text and
     * few links. Empty when the root holds the headline itself.
     */
    static List<Element> before(Element root, Element body, TextStats stats) {
        Element headline = body.selectFirst("h1");
        if (headline == null || ContentRoot.holds(root, headline)) {
            return List.of();
        }
        List<Element> ledes = new ArrayList<>();
        boolean afterHeadline = false;
        for (Element element : body.getAllElements()) {
            if (element == headline) {
                afterHeadline = true;
            } else if (element == root) {
                break;
            } else if (afterHeadline && !ContentRoot.holds(element, root) && namedAsLede(element)
                    && stats.chars(element) >= ExtractionThresholds.MIN_SCORED_RUN
                    && stats.linkDensity(element) < ExtractionThresholds.PROSE_LINK_DENSITY
                    && (ledes.isEmpty() || !ContentRoot.holds(ledes.get(ledes.size() - 1), element))) {
                ledes.add(element);
            }
        }
        return ledes;
    }

    private static boolean namedAsLede(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String part : names.split("[\\s_-]+")) {
            if (LEDE_WORD.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }
}
