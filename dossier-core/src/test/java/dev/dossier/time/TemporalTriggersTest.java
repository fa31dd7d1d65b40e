package dev.dossier.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tagger runs each rule only near its trigger words; these tests check, on real text, that it
 * finds exactly what running every rule over the whole text finds. A rule whose trigger list
 * misses a word its pattern can match fails here.
 */
class TemporalTriggersTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 20);

    @Test
    void theExampleCorpusTagsAsAWholeTextScanDoes() throws IOException {
        Path folder = Path.of("..", "examples", "corpus", "text");
        assertThat(folder).isDirectory();
        assertSameEverywhere(textsIn(folder));
    }

    @Test
    void everyKindOfExpressionFarIntoALongTextTagsAsAWholeTextScanDoes() {
        String filler = "The delegations met behind closed doors and issued no statement. ".repeat(20);
        String expressions = String.join(" ", "It happened on March 3, 2024 and on 4 April 2023, then 2025-06-01.",
                "Talks resume in mid-January, early 2026, or next month, in the spring of 2027, the first quarter.",
                "By 18:30 GMT on Tuesday, at 1400 UTC, at 9 a.m. yesterday morning, tomorrow, tonight, last night.",
                "Last week, the past decade, the end of the year, that day, two weeks ago, in three days.",
                "Now, currently, these days, for the time being, recently, previously, the near future, soon, short-term.",
                "For nearly three consecutive trading days, a decade-long war, for years, over the past century, annually.",
                "Between 1990 and 2000, in the 1990s and the '80s, from 2001 to 2003, a 24-hour truce, Sept. 5.");
        String text = filler + expressions + "\n\n" + filler + expressions.toUpperCase(Locale.ROOT) + filler;
        assertSameEverywhere(List.of(text));
        assertThat(RuleTemporalTagger.INSTANCE.tag(text, PUBLISHED)).hasSizeGreaterThan(40);
    }

    @Test
    void theSeedPagesAndPolnearTagAsAWholeTextScanDoes() throws IOException {
        Path polnear = SharedData.require("bench/polnear");
        assertSameEverywhere(textsIn(SharedData.require("seeds")));
        assertSameEverywhere(textsIn(polnear.resolve("dev").resolve("text")));
    }

    private static void assertSameEverywhere(List<String> texts) {
        for (String text : texts) {
            assertThat(RuleTemporalTagger.INSTANCE.tag(text, PUBLISHED))
                    .as("expressions near triggers in a text of %d characters", text.length())
                    .isEqualTo(RuleTemporalTagger.EVERYWHERE.tag(text, PUBLISHED));
        }
    }

    private static List<String> textsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().map(TemporalTriggersTest::read).toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
