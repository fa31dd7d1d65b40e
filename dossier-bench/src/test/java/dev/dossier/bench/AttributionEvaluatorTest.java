package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionEvaluatorTest {

    private static final String TEXT = "Ferries resume.\n\n"
            + "“We have checked every berth twice,” the harbour master, Liv Aaberg, told reporters.\n\n"
            + "The authority said the crossings would resume on Monday.\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneRowPerSubsetWithRootLocaleNumbersTheReferencesAndTheFailures(@TempDir Path data) throws Exception {
        writeSplit(data);

        int exit = run("--data", data.toString(), "--no-corenlp", "--list-failures", "3");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("(1 articles; 2 gold attributions, 1 of them delimited by quote marks)",
                "(1 here) is scored against the first annotator id in sorted order", "4 spans checked", "0 differ",
                "BERT+CofeNet      source 0.832  cue 0.753  content 0.729", "CoreNLP quote     source 0.139",
                "worst articles on the direct subset");
        // the surefire JVM runs in a Turkish locale, whose decimal separator is a comma
        assertThat(printed).containsPattern("(?m)^Dossier +direct +1 +\\d+( +\\d\\.\\d{3}){12} +\\d+\\.\\d\\d$");
        assertThat(printed).containsPattern("(?m)^Dossier +all +2 +\\d+( +\\d\\.\\d{3}){12} +\\d+\\.\\d\\d$");
    }

    @Test
    void scoresTheOtherAnnotatorsAgainstTheFirstOnTheArticlesSeveralMarked(@TempDir Path data) throws Exception {
        writeSplit(data);

        int exit = run("--data", data.toString(), "--no-corenlp");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("agreement:  on the 1 articles several annotators marked, each other annotator (1 readings)");
        // the same quotation, its speaker as the name beside the role the first annotator marked: a different
        // source, since the role and the name are two mentions, not one
        assertThat(printed).containsPattern("(?m)^other annotators +direct +1 +1 +1\\.000 +1\\.000 +1\\.000 +1\\.000 +1\\.000 +1\\.000 +0\\.000");
        assertThat(printed).containsPattern("(?m)^other annotators +all +2 +1 +1\\.000 +0\\.500 +0\\.667 ");
        assertThat(printed).containsPattern("(?m)^Dossier +direct +1 +\\d+( +\\d\\.\\d{3}){12}$");
    }

    @Test
    void aMissingSplitIsAnErrorThatNamesIt(@TempDir Path empty) {
        assertThat(run("--data", empty.toString(), "--no-corenlp")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("reading PolNeAR", "dev");
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("--split", "test")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--split must be dev or train", "Usage:");
    }

    /**
     * One article with two annotators: a direct quotation and an indirect one by the first; the
     * second marked the direct one alone, its speaker at the name rather than the role.
     */
    private static void writeSplit(Path data) throws Exception {
        Path split = data.resolve("dev");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text").resolve("ferries.txt"), TEXT, StandardCharsets.UTF_8);
        int quoteEnd = TEXT.indexOf("” the") + 1;
        int source = TEXT.indexOf("the harbour master");
        int said = TEXT.indexOf("said");
        int content = TEXT.indexOf("the crossings");
        Files.writeString(split.resolve("attributions").resolve("ferries_a1.ann"), String.join("\n",
                "T1\tContent 17 " + quoteEnd + "\t" + TEXT.substring(17, quoteEnd),
                "T2\tSource " + source + " " + (source + 18) + "\tthe harbour master",
                "E1\tAttribution:T2 Content:T1 Source:T2",
                "T3\tContent " + content + " " + (TEXT.length() - 2) + "\t" + TEXT.substring(content, TEXT.length() - 2),
                "T4\tCue " + said + " " + (said + 4) + "\tsaid",
                "E2\tAttribution:T4 Content:T3 Cue:T4",
                ""), StandardCharsets.UTF_8);
        int name = TEXT.indexOf("Liv Aaberg");
        Files.writeString(split.resolve("attributions").resolve("ferries_b2.ann"), String.join("\n",
                "T1\tContent 17 " + quoteEnd + "\t" + TEXT.substring(17, quoteEnd),
                "T2\tSource " + name + " " + (name + 10) + "\tLiv Aaberg",
                "E1\tAttribution:T2 Content:T1 Source:T2",
                ""), StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return AttributionEvaluator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
