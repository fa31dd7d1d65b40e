package dev.dossier.engine;

import dev.dossier.pipeline.RunReport;
import java.util.Objects;

/**
 * The report of an ingest: what was read and stored, how the new articles were linked into
 * stories, and where the time went.
 */
public record IngestReport(RunReport run, LinkReport stories, StageTimes times) {

    public IngestReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(stories, "stories");
        Objects.requireNonNull(times, "times");
    }
}
