package dev.dossier.engine;

import dev.dossier.pipeline.RunReport;
import java.util.Objects;

/** The report of an ingest: what was read and stored, and how the new articles were linked into stories. */
public record IngestReport(RunReport run, LinkReport stories) {

    public IngestReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(stories, "stories");
    }
}
