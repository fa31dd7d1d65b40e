package dev.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The entities package stands alone: the JDK, the model records and Jackson (for the alias file),
 * nothing of CoreNLP or of the other stages, so any stage can use it without pulling them in.
 */
class EntitiesDependenciesTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> ALLOWED = List.of("java.", "dev.dossier.entities.", "dev.dossier.model.", "com.fasterxml.jackson.");

    @Test
    void importsOnlyTheJdkTheModelAndJackson() throws IOException {
        Path sources = Path.of("src", "main", "java", "dev", "dossier", "entities");
        assertThat(sources).as("dossier-core's entities sources, from the module directory").isDirectory();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String imported = matcher.group(1);
                    if (ALLOWED.stream().noneMatch(imported::startsWith)) {
                        offenders.add(file.getFileName() + " imports " + imported);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
