package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TemporalEvaluatorTest {

    @Test
    void unknownOptionIsAUsageError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TemporalEvaluator.run(new String[] {"--bogus"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--bogus'").contains("Usage:");
    }

    @Test
    void missingDataIsAReadError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TemporalEvaluator.run(new String[] {"--data", empty.resolve("none").toString(), "--no-sutime"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("reading MEANTIME");
    }
}
