package dev.dossier.engine;

import dev.dossier.ingest.IngestOptions;
import dev.dossier.model.Format;
import dev.dossier.model.Published;
import java.util.List;

/**
 * One ingest: what to read and how.
 *
 * @param inputs files, directories and {@code -} for standard input
 * @param format the format of every input, or null to sniff each
 * @param published a publication time to give every article, or null
 * @param maxDocumentBytes the largest single document read into memory
 * @param enrich whether to find actors and statements (the NLP models cost a few seconds to load
 *     and most of the ingest time)
 * @param threads how many documents are cleaned and enriched at once (one per core by default)
 */
public record IngestRequest(
        List<String> inputs, Format format, Published published, long maxDocumentBytes, boolean enrich, int threads) {

    /**
     * The default largest single document read into memory (32 MiB). Front ends take it from here:
     * they never reach into the ingest stage.
     */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = IngestOptions.DEFAULT_MAX_DOCUMENT_BYTES;

    public IngestRequest {
        inputs = List.copyOf(inputs);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to ingest: give at least one file, directory or -");
        }
    }

    public static IngestRequest of(List<String> inputs) {
        return new IngestRequest(inputs, null, null, DEFAULT_MAX_DOCUMENT_BYTES, true, defaultThreads());
    }

    /** One worker per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
