package dev.dossier.pipeline;

import dev.dossier.model.RawDocument;

/**
 * The clean stage: turns one raw document into the articles it holds (usually one; several for a
 * page that carries several stories), or a rejection saying why it holds none.
 *
 * <p>Implementations are thread-safe and keep no state between documents.
 */
public interface Cleaner {

    Cleaned clean(RawDocument document);
}
