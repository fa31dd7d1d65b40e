package dev.dossier.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the CLI in a separate JVM (same class path as the tests), for what needs a real process:
 * a bounded heap, or a {@code kill -9}.
 */
final class CliProcess {

    private CliProcess() {}

    static ProcessBuilder builder(String maxHeap, Path workDir, Path output, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("DOSSIER_DB");
        builder.redirectErrorStream(true);
        builder.redirectOutput(output.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return builder;
    }

    static Process start(String maxHeap, Path workDir, Path output, String... args) throws IOException {
        return builder(maxHeap, workDir, output, args).start();
    }
}
