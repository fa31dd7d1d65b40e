package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Replays the test cases of Python's ftfy (Apache-2.0), kept outside the repository in
 * {@code shared/bench/ftfy}, against {@link Mojibake#repair}. Skipped, with a message, when that
 * folder is not found above the working directory, so a plain clone still builds.
 *
 * <p>Each case gives the original text, what {@code ftfy.fix_text} makes of it ("fixed") and,
 * where it differs, what {@code ftfy.fix_encoding} alone makes of it ("fixed-encoding"). We
 * compare with the latter: fix_text also straightens curly quotes, splits ligatures and removes
 * control characters, which are not mojibake repair and which Dossier does not want (it keeps
 * ’ “ ” as written).
 */
class MojibakeFtfyCasesTest {

    /** The files whose every case must pass; negative.json holds text that must be left alone. */
    private static final List<String> REQUIRED =
            List.of("in-the-wild.json", "synthetic.json", "language-names.json", "negative.json");
    /** Cases ftfy itself fails; not required, but what we pass must not get worse. */
    private static final String KNOWN_FAILURES = "known-failures.json";

    /** Quality gate: the number of cases we pass in each file, as measured. Raise, never lower. */
    private static final Map<String, Integer> FLOORS = Map.of(
            "in-the-wild.json", 70,
            "synthetic.json", 30,
            "language-names.json", 20,
            "negative.json", 31,
            KNOWN_FAILURES, 0);

    private static final Path CASES = SharedData.find("bench/ftfy").orElse(null);

    record Case(String label, String original, String expected) {

        boolean passes() {
            return Mojibake.repair(original).equals(expected);
        }
    }

    @TestFactory
    Stream<DynamicNode> everyFtfyCaseThatFtfyPasses() {
        assumeCasesPresent();
        return REQUIRED.stream().map(file -> dynamicContainer(file, cases(file).stream()
                .map(c -> dynamicTest(c.label(), () -> assertThat(Mojibake.repair(c.original()))
                        .as("repair of %s", c.original())
                        .isEqualTo(c.expected())))));
    }

    @Test
    void passCountsStayAtOrAboveTheirFloors(TestReporter reporter) {
        assumeCasesPresent();
        Map<String, String> report = new LinkedHashMap<>();
        for (String file : FLOORS.keySet().stream().sorted().toList()) {
            List<Case> cases = cases(file);
            long passed = cases.stream().filter(Case::passes).count();
            report.put(file, passed + " of " + cases.size());
            assertThat(passed).as("cases passed in %s", file).isGreaterThanOrEqualTo(FLOORS.get(file));
        }
        reporter.publishEntry(report);
    }

    @Test
    void requiredFilesHoldOnlyCasesFtfyPasses() {
        assumeCasesPresent();
        for (String file : REQUIRED) {
            for (JsonNode node : read(file)) {
                assertThat(node.path("expect").asText()).as("%s: %s", file, node.path("label").asText())
                        .isEqualTo("pass");
            }
        }
    }

    private static void assumeCasesPresent() {
        assumeTrue(CASES != null,
                "ftfy test cases not found: no shared/bench/ftfy above " + Path.of("").toAbsolutePath());
    }

    private static List<Case> cases(String file) {
        List<Case> cases = new ArrayList<>();
        for (JsonNode node : read(file)) {
            String fixed = node.path("fixed").asText();
            cases.add(new Case(node.path("label").asText(), node.path("original").asText(),
                    node.has("fixed-encoding") ? node.path("fixed-encoding").asText() : fixed));
        }
        return cases;
    }

    private static JsonNode read(String file) {
        try {
            return new ObjectMapper().readTree(CASES.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ftfy cases " + CASES.resolve(file), e);
        }
    }

}
