package dev.dossier.bench;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestRequest;
import dev.dossier.pipeline.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures the ingest path on one corpus through the engine's facade, exactly as the CLI drives it:
 * opens a fresh store, ingests the corpus (timed), ingests it again (timed; every article a
 * duplicate), closes the store and weighs it. Opening the store (schema migration) is not timed.
 *
 * <p>Uses process-wide heap figures: run one measurement at a time.
 */
final class IngestRun {

    private static final List<String> STORE_SUFFIXES = List.of("", "-wal", "-shm", "-journal");

    private IngestRun() {}

    /** Measures {@code corpus} into a new store at {@code storeFile}, which must not exist yet. */
    static IngestMeasurement measure(Corpus corpus, Path storeFile) throws IOException {
        if (Files.exists(storeFile)) {
            throw new IllegalArgumentException("the benchmark needs a fresh store, but " + storeFile + " exists");
        }
        IngestRequest request = IngestRequest.of(List.of(corpus.input().toString()));
        IngestMeasurement.Run first;
        IngestMeasurement.Run reingest;
        try (Dossier dossier = Dossier.open(DossierConfig.of(storeFile))) {
            first = timed(dossier, request);
            reingest = timed(dossier, request);
        }
        return new IngestMeasurement(corpus, first, reingest, storeBytes(storeFile));
    }

    private static IngestMeasurement.Run timed(Dossier dossier, IngestRequest request) {
        HeapPeak.reset();
        long start = System.nanoTime();
        RunReport report = dossier.ingest(request, InputStream::nullInputStream, IngestListener.NONE).run();
        long nanos = System.nanoTime() - start;
        return new IngestMeasurement.Run(report, nanos, HeapPeak.bytes());
    }

    /** The store file and whichever of SQLite's side files (WAL, shared memory, journal) remain. */
    private static long storeBytes(Path storeFile) throws IOException {
        long bytes = 0;
        for (String suffix : STORE_SUFFIXES) {
            Path file = storeFile.resolveSibling(storeFile.getFileName() + suffix);
            if (Files.exists(file)) {
                bytes += Files.size(file);
            }
        }
        return bytes;
    }
}
