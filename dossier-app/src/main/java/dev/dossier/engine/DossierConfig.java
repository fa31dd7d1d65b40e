package dev.dossier.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the engine needs to start, validated here once.
 *
 * @param database the store file
 * @param clock the source of "now" (ingest times, relative dates)
 */
public record DossierConfig(Path database, Clock clock) {

    public DossierConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
    }

    public static DossierConfig of(Path database) {
        return new DossierConfig(database, Clock.systemUTC());
    }
}
