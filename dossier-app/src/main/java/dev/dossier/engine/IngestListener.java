package dev.dossier.engine;

import dev.dossier.model.Origin;
import dev.dossier.model.Rejection;

/** Hears about an ingest as it goes, for progress display. Called on the ingesting thread. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {};

    /** A document was read and handled: {@code stored} new articles, {@code duplicates} known ones. */
    default void documentDone(Origin origin, int stored, int duplicates) {}

    default void rejected(Rejection rejection) {}
}
