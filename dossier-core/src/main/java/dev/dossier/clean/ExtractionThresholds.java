package dev.dossier.clean;

/**
 * Every number the HTML extractor decides by, in one place, so that tuning happens here and is
 * measured with the extraction evaluator ({@code dossier-bench}) rather than scattered through the
 * code. Lengths are in characters of whitespace-normalised text.
 */
final class ExtractionThresholds {

    /** A run of text shorter than this does not vote for the container that holds it. */
    static final int MIN_SCORED_RUN = 25;

    /** An explicitly marked article body, or a scored root, is taken when it yields this much text. */
    static final int MIN_BODY_CHARS = 200;

    /**
     * The explicit body gives way to the scored root when the scored root yields this many times
     * more text: the marker then names a teaser or a fragment, not the article.
     */
    static final int SCORED_OVER_EXPLICIT = 3;

    /**
     * An element named or tagged as furniture is kept anyway when it holds more than this share of
     * the page's text: it is then a wrapper around the article ({@code <div class="has-sidebar">},
     * an ASP.NET page-wide {@code <form>}), not furniture.
     */
    static final double FURNITURE_MAX_SHARE = 0.5;

    /** A list, table or box whose text is more than this share link text is a link list. */
    static final double MAX_CONTAINER_LINK_DENSITY = 0.5;

    /** A paragraph this long with link density below {@link #PROSE_LINK_DENSITY} is prose: its container is no link list. */
    static final int PROSE_PARAGRAPH_CHARS = 80;

    static final double PROSE_LINK_DENSITY = 0.3;

    /** A short run that is more than this share link text ("Read more", "Next post") is dropped. */
    static final double MAX_RUN_LINK_DENSITY = 0.5;

    /** Runs at least this long are prose even when they are mostly links. */
    static final int LINK_RUN_MAX_CHARS = 300;

    /** A line this short that ends in a colon labels what follows ("Read more:"). */
    static final int MAX_LABEL_CHARS = 60;

    /** Siblings of the best container join it when they score at least this share of its score. */
    static final double SIBLING_SCORE_SHARE = 0.2;

    /** ...and at least this absolute score. */
    static final double MIN_SIBLING_SCORE = 10;

    /** A sibling paragraph this long joins the content when its link density is below {@link #SIBLING_LINK_DENSITY}. */
    static final int SIBLING_PARAGRAPH_CHARS = 80;

    static final double SIBLING_LINK_DENSITY = 0.25;

    /** Other containers that score at least this share of the best one point at a common ancestor. */
    static final double ALTERNATIVE_SCORE_SHARE = 0.75;

    /** How many such alternatives an ancestor must hold to replace the best container. */
    static final int MIN_ALTERNATIVES = 3;

    /** Class and id names weigh this much for (positive) or against (negative) a container. */
    static final int NAME_WEIGHT = 25;

    private ExtractionThresholds() {}
}
