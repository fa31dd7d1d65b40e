package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance case for bad input, run as a user would in a real process with a bounded heap
 * (1 GB: the NLP models take about half of it): an
 * empty file, a PNG, a path that does not exist, a directory holding an unreadable file, and a
 * 200 MB file of random text, beside two good documents.
 */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void rejectsEachBadInputWithAOneLineReasonStoresTheRestAndExitsWithOne() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("a-good.txt"), "Ferries resume\nCrossings to the islands resume on Monday.", StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("b-good.html"),
                "<html><head><title>Road closed</title></head><body><p>The coast road stays closed after the storm.</p></body></html>",
                StandardCharsets.UTF_8);
        Files.createFile(inputs.resolve("empty.txt"));
        Files.write(inputs.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path locked = Files.createDirectories(inputs.resolve("locked"));
        Path unreadable = unreadableFile(locked);
        Path huge = randomText(inputs.resolve("huge.txt"), 200L * 1024 * 1024);
        Path output = dir.resolve("output.txt");

        Process process = CliProcess.start("1g", dir, output,
                "--db", dir.resolve("store.db").toString(), "ingest", inputs.toString(), dir.resolve("missing.txt").toString());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("ingest finished").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(printed).isEqualTo(1);
        assertThat(printed)
                .contains("Articles stored:    2")
                .contains("Rejected:           5")
                .contains(inputs.resolve("empty.txt") + ": empty file")
                .contains(inputs.resolve("image.png") + ": binary content (PNG image), not a news document")
                .contains(unreadable + ": cannot read:")
                .contains(huge + ": document is over the 32.0 MB limit for one document")
                .contains(dir.resolve("missing.txt") + ": no such file or directory")
                .doesNotContain("OutOfMemoryError", "Exception");
    }

    /** A file the current user cannot read: a mode-000 file, or for root (who reads anything) a dangling link. */
    private static Path unreadableFile(Path directory) throws IOException {
        Path file = directory.resolve("secret.txt");
        Files.writeString(file, "Secret\nNobody may read this.", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            Files.delete(file);
            Files.createSymbolicLink(file, directory.resolve("target-that-was-deleted.txt"));
        }
        return file;
    }

    private static Path randomText(Path file, long bytes) throws IOException {
        Random random = new Random(42);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += block.length) {
                for (int i = 0; i < block.length; i++) {
                    int r = random.nextInt(64);
                    block[i] = (byte) (r < 52 ? 'a' + (r % 26) : r < 62 ? ' ' : r == 62 ? '.' : '\n');
                }
                out.write(block);
            }
        }
        return file;
    }
}
