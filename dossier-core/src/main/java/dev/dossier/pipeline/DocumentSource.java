package dev.dossier.pipeline;

import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;

/**
 * The ingest stage: reads the inputs it was given and hands every document to the sink, one at a
 * time, in input order. Problems with an input (missing, unreadable, binary, too large, a corrupt
 * record) go to {@link Sink#rejected}; reading goes on with the next input.
 */
public interface DocumentSource {

    void readInto(Sink sink);

    /** Receives documents and rejections as the source reads. Called from the reading thread. */
    interface Sink {

        void accept(RawDocument document);

        void rejected(Rejection rejection);
    }
}
