package dev.dossier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The development data beside the repository ({@code ../shared}): the seed pages and the bench
 * sets. Tests that need it skip, saying why, when it is absent, so a plain clone still builds.
 */
public final class SharedData {

    private SharedData() {}

    /** The folder {@code shared/<name>} next to the repository root, or the test is skipped. */
    public static Path require(String name) {
        Path moduleDir = Path.of("").toAbsolutePath();
        for (Path dir = moduleDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "skipped: ../shared/" + name + " is not present beside this checkout (development data, not part of the repository)");
        throw new IllegalStateException("unreachable");
    }
}
