package dev.dossier.clean;

import dev.dossier.pipeline.Cleaner;

/** Factories for the clean stage. */
public final class Cleaners {

    private Cleaners() {}

    /** The standard cleaner: plain text and HTML to articles. */
    public static Cleaner standard(CleanOptions options) {
        return new StandardCleaner(options);
    }
}
