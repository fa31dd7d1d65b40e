package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stance evaluator's command line, on the real labelled sets. */
class StanceEvaluatorTest {

    @Test
    void listsErrorsForADevelopmentSet() {
        SharedData.require("bench/polnear");
        String out = run("--set", "polnear", "--errors");

        assertThat(out).contains("polnear: ").containsPattern("(?m)^\\S+\\s+read \\S+");
    }

    @Test
    void neverListsTheErrorsOfTheHeldOutSet() {
        SharedData.require("bench/polnear");
        String out = run("--set", StanceSet.HOLDOUT, "--errors");

        assertThat(out).contains("errors are not listed for the held-out set").contains("held out; ")
                .doesNotContainPattern("(?m)^\\S+\\s+read \\S+");
    }

    @Test
    void anUnknownSetIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StanceEvaluator.run(new String[] {"--set", "nonesuch"}, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown set 'nonesuch'").contains(StanceSet.HOLDOUT);
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StanceEvaluator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
