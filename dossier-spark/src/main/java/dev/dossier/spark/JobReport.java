package dev.dossier.spark;

import java.util.Locale;

/**
 * What a run of the job did, as printed at its end.
 *
 * @param documentsRead documents read (each record of a container counts one), rejected ones included
 * @param rejected documents and records that yielded no article (corrupt, unreadable, no article text)
 * @param articlesFound articles the stages produced, before the same article read twice is kept once
 * @param articles articles written
 * @param nearDuplicates articles found to copy an earlier one
 * @param windowStories stories formed in phase one, window by window
 * @param merged window stories that phase two merged into another
 * @param stories stories written
 * @param seconds how long the job took
 */
record JobReport(long documentsRead, long rejected, long articlesFound, long articles, long nearDuplicates, long windowStories, int merged,
        long stories, double seconds) {

    /** The report as lines for a terminal. */
    String text() {
        return String.format(Locale.ROOT, """
                Documents read:     %d
                Rejected:           %d
                Articles written:   %d (%d duplicates skipped)
                Near-duplicates:    %d
                Stories:            %d (%d formed in time windows, %d merged across windows)
                Time:               %.1f s
                """, documentsRead, rejected, articles, articlesFound - articles, nearDuplicates, stories, windowStories, merged, seconds);
    }
}
