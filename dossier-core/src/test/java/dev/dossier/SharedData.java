package dev.dossier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The development data beside the repository ({@code ../shared}): the seed pages and the bench
 * sets. Tests that need it skip, saying why, when it is absent, so a plain clone still builds.
 */
public final class SharedData {

    private SharedData() {}

    /** The folder {@code shared/<name>} (e.g. {@code seeds}, {@code bench/ftfy}) above the working directory, if present. */
    public static Optional<Path> find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The folder {@code shared/<name>}, or the calling test is skipped with a message saying why. */
    public static Path require(String name) {
        Optional<Path> found = find(name);
        assumeTrue(found.isPresent(),
                "skipped: ../shared/" + name + " is not present beside this checkout (development data, not part of the repository)");
        return found.orElseThrow();
    }
}
