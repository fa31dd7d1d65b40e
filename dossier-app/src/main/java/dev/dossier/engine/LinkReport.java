package dev.dossier.engine;

/**
 * What one link run did.
 *
 * @param articles articles placed in stories
 * @param copies of those, the near-duplicates of an earlier article
 * @param changed stories created or changed
 * @param merged stories merged into another
 * @param stories stories in the store afterwards
 */
public record LinkReport(int articles, int copies, int changed, int merged, long stories) {

    static LinkReport nothing(long stories) {
        return new LinkReport(0, 0, 0, 0, stories);
    }
}
