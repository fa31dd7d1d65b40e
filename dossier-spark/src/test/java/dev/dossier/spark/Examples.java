package dev.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The bundled example corpus ({@code examples/} at the repository root) and its hand-written story labels. */
final class Examples {

    private Examples() {}

    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples").resolve("corpus"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/corpus not found above " + Path.of("").toAbsolutePath());
    }

    /** The story label of each labelled article, by title ({@code examples/stories.tsv}). */
    static Map<String, String> storyLabels() {
        Map<String, String> labels = new HashMap<>();
        try {
            for (String line : Files.readAllLines(folder().resolve("stories.tsv"), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    labels.put(parts[1], parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
