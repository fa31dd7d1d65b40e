package dev.dossier.store;

import dev.dossier.model.Fingerprint;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the link stage reads of one stored article.
 *
 * @param day the UTC day it was published, or null when unknown or only estimated from a relative
 *     age ("3 hours ago" read against an unknown fetch time), which must not pull stories together
 * @param fingerprint its fingerprint, or null when it was stored without one
 * @param actors how many times it mentions each actor, by actor id
 * @param statements the statements it carries
 * @param copyOf the id of the article it is a near-duplicate of, or null
 */
public record ArticleFeatures(long seq, String id, String title, String outlet, LocalDate day, Fingerprint fingerprint,
        Map<Long, Integer> actors, Set<Long> statements, String copyOf) {

    public ArticleFeatures {
        Objects.requireNonNull(id, "id");
        actors = Map.copyOf(actors);
        statements = Set.copyOf(statements);
    }

    public ArticleFeatures withFingerprint(Fingerprint print) {
        return new ArticleFeatures(seq, id, title, outlet, day, print, actors, statements, copyOf);
    }

    public ArticleFeatures asCopyOf(String originalId) {
        return new ArticleFeatures(seq, id, title, outlet, day, fingerprint, actors, statements, originalId);
    }
}
