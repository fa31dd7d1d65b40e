package dev.dossier.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the engine needs to start, validated here once.
 *
 * @param database the store file
 * @param clock the source of "now" (ingest times, relative dates)
 * @param aliasFile a user alias file extending the starter set, or null
 * @param issuesFile a user issues file (the points of contention to track by name), or null
 */
public record DossierConfig(Path database, Clock clock, Path aliasFile, Path issuesFile) {

    public DossierConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
    }

    /** A configuration without an issues file. */
    public DossierConfig(Path database, Clock clock, Path aliasFile) {
        this(database, clock, aliasFile, null);
    }

    public static DossierConfig of(Path database) {
        return new DossierConfig(database, Clock.systemUTC(), null);
    }
}
