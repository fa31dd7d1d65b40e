package dev.dossier.bench;

import java.nio.file.Path;

/** The repository's {@code examples/} folder, found above the working directory, for the quality gates. */
final class ExamplesFolder {

    private ExamplesFolder() {}

    /** The folder holding {@code file}; a test fails when it is missing, since the folder ships with the project. */
    static Path holding(String file) {
        Path found = ClusteringEvaluator.find(Path.of("").toAbsolutePath(), Path.of("examples", file));
        if (found == null) {
            throw new AssertionError("examples/" + file + " is part of the repository and must be found above " + Path.of("").toAbsolutePath());
        }
        return found.getParent();
    }
}
