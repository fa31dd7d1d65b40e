package dev.dossier.enrich;

import dev.dossier.entities.AliasBook;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.nlp.Nlp;

/**
 * The enrich stage: finds an article's actors and statements. Implementations are thread-safe and
 * keep no state between articles.
 */
public interface Enricher {

    EnrichedArticle enrich(CleanArticle article);

    /**
     * Dossier's enrichment over the given NLP adapter: actors, quotes with speakers, dates said.
     * The alias book names the holders of roles the article leaves unnamed ("Russia's top diplomat").
     */
    static Enricher standard(Nlp nlp, AliasBook aliases) {
        return new StandardEnricher(nlp, aliases);
    }
}
