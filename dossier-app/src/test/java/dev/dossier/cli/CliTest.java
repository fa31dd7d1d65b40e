package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI as users drive it, on the bundled example corpus and a real store file. */
class CliTest {

    static final Path CORPUS = Path.of("..", "examples", "corpus").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("test.db").toString();
    }


    @Test
    void ingestsTheExampleCorpusAndReportsWhatItDid() {
        CliRun run = CliRun.of("--db", db, "ingest", "--quiet", CORPUS.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Documents read:", "Articles stored:", "Duplicates skipped: 0", "Rejected:           0");
    }

    @Test
    void reingestingTheSameContentAddsNothing() {
        CliRun.of("--db", db, "ingest", "-q", CORPUS.toString());
        CliRun again = CliRun.of("--db", db, "ingest", "-q", "--json", CORPUS.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("\"articlesStored\":0");
    }

    @Test
    void listsArticlesAsJsonLinesWithTheContractFields() throws IOException {
        CliRun.of("ingest", "-q", "--db", db, CORPUS.toString());
        CliRun run = CliRun.of("articles", "--db", db, "--json", "--limit", "0");

        List<JsonNode> articles = run.json();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(30);
        for (JsonNode article : articles) {
            List<String> fields = new ArrayList<>();
            for (Iterator<String> names = article.fieldNames(); names.hasNext(); ) {
                fields.add(names.next());
            }
            assertThat(fields).startsWith("id", "title", "outlet", "url", "published", "publishedFrom", "language", "text", "origin");
            assertThat(article.get("origin").get("source").asText()).startsWith(CORPUS.toString());
        }
        assertThat(articles).anySatisfy(a -> assertThat(a.get("publishedFrom").asText()).isEqualTo("metadata"));
    }

    @Test
    void printsAReadableTableByDefault() {
        CliRun.of("--db", db, "ingest", "-q", CORPUS.toString());
        CliRun run = CliRun.of("--db", db, "articles", "--limit", "5");

        assertThat(run.lines().get(0)).startsWith("ID").contains("PUBLISHED", "OUTLET", "TITLE");
        assertThat(run.lines().get(1)).matches("[- ]+");
        assertThat(run.lines()).hasSize(2 + 5 + 1);
        assertThat(run.lines().get(7)).matches("5 of \\d+ articles");
    }

    @Test
    void showsOneArticleAndFailsWithExitCodeOneForAnUnknownId() throws IOException {
        CliRun.of("--db", db, "ingest", "-q", CORPUS.toString());
        JsonNode first = CliRun.of("--db", db, "articles", "--json", "--limit", "1").json().get(0);

        CliRun shown = CliRun.of("--db", db, "show", first.get("id").asText());
        assertThat(shown.exitCode()).isZero();
        String unmarked = shown.out().replace("⟪", "").replaceAll("⟫\\[\\d+\\]", "");
        assertThat(unmarked).startsWith(first.get("title").asText()).contains("origin:", first.get("text").asText());

        JsonNode json = CliRun.of("--db", db, "show", "--json", first.get("id").asText()).json().get(0);
        assertThat(json.get("paragraphs")).isNotEmpty();
        JsonNode paragraph = json.get("paragraphs").get(0);
        assertThat(json.get("text").asText().substring(paragraph.get("start").asInt(), paragraph.get("end").asInt())).isNotBlank();

        CliRun missing = CliRun.of("--db", db, "show", "0000000000000000");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no article with id 0000000000000000");
    }

    @Test
    void showsWhyAnArticleInAnotherLanguageWasNotAnalysed() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("haldeby-fr.txt"), String.join("\n",
                "title: Les pourparlers de Haldeby reportés à la fin du mois",
                "",
                "Le ministre kestrien des Affaires étrangères a déclaré mercredi que la réunion prévue à Haldeby n'aurait pas lieu "
                        + "avant la fin du mois. « Nous ne sommes pas pressés », a-t-il ajouté devant les journalistes réunis dans la capitale.",
                "",
                "Les négociateurs doivent se retrouver la semaine prochaine pour discuter des garanties de sécurité et du calendrier "
                        + "des élections. Selon plusieurs diplomates, les discussions porteront aussi sur la levée des sanctions."),
                StandardCharsets.UTF_8);
        CliRun.of("--db", db, "ingest", "-q", inputs.toString());
        String id = CliRun.of("--db", db, "articles", "--json").json().get(0).get("id").asText();

        CliRun show = CliRun.of("--db", db, "show", id);
        assertThat(show.out()).contains("language:  fr", "analysis:  not analysed: language 'fr'").doesNotContain("Statements");
        JsonNode json = CliRun.of("--db", db, "show", "--json", id).json().get(0);
        assertThat(json.get("analysisSkipped").asText()).startsWith("language 'fr'");
        assertThat(CliRun.of("--db", db, "show", "--json", "--", articleIdOfTheCorpus()).json().get(0).get("analysisSkipped").isNull())
                .as("an analysed article has no reason").isTrue();
    }

    private String articleIdOfTheCorpus() {
        CliRun.of("--db", db, "ingest", "-q", CORPUS.resolve("text").toString());
        return CliRun.of("--db", db, "articles", "--json", "--limit", "0").json().stream()
                .filter(article -> "en".equals(article.get("language").asText())).findFirst().orElseThrow().get("id").asText();
    }

    @Test
    void searchesTheStore() throws IOException {
        CliRun.of("--db", db, "ingest", "-q", CORPUS.toString());

        CliRun table = CliRun.of("--db", db, "search", "prisoners", "Malka");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("[Malka]").containsPattern("\\d+ results");

        List<JsonNode> hits = CliRun.of("--db", db, "search", "--json", "prisoners").json();
        assertThat(hits).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.get("snippet").asText()).contains("[[");
            assertThat(hit.get("article").get("id").asText()).hasSize(16);
        });
    }

    @Test
    void exportsEveryArticleAsJsonLinesOrCsvIntoAFileThatAppearsWhole() throws IOException {
        CliRun.of("--db", db, "ingest", "-q", CORPUS.toString());
        long count = CliRun.of("--db", db, "articles", "--json", "--limit", "0").json().size();

        Path jsonl = dir.resolve("out.jsonl");
        assertThat(CliRun.of("--db", db, "export", "-o", jsonl.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8)).hasSize((int) count)
                .allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));

        CliRun csv = CliRun.of("--db", db, "export", "--format", "csv");
        assertThat(csv.out()).startsWith("id,title,outlet,url,published,publishedFrom,language,originSource,originRecord,originUrl,text\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void quotesCsvCellsThatNeedIt() {
        assertThat(ExportCommand.csvCell("plain")).isEqualTo("plain");
        assertThat(ExportCommand.csvCell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ExportCommand.csvCell("say \"no\"\nnow")).isEqualTo("\"say \"\"no\"\"\nnow\"");
        assertThat(ExportCommand.csvCell(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"ingest", "articles", "show", "search", "export", "serve", "demo"})
    void everyCommandExplainsItself(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: dossier " + command).contains("--db=FILE", "--help");
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhatIsWrong() {
        CliRun unknownOption = CliRun.of("articles", "--no-such-option");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option: '--no-such-option'", "Try 'dossier articles --help'");

        assertThat(CliRun.of("ingest").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("ingest", "--format", "pdf", "x").err()).contains("unknown format 'pdf'");
        assertThat(CliRun.of("ingest", "--published", "yesterday", "x").exitCode()).isEqualTo(2);
    }

    @Test
    void theUserGivenPublicationDateIsStoredAsSuch() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Ferries resume\nCrossings resume on Monday.", StandardCharsets.UTF_8);
        CliRun.of("--db", db, "ingest", "-q", "--published", "2026-03-06", file.toString());

        JsonNode article = CliRun.of("--db", db, "articles", "--json").json().get(0);
        assertThat(article.get("published").asText()).isEqualTo("2026-03-06");
        assertThat(article.get("publishedFrom").asText()).isEqualTo("user");
    }

    @Test
    void theDemoIngestsTheBundledCorpusIntoAFreshStore() {
        CliRun run = CliRun.of("--db", db, "demo", "--no-serve", "--corpus", CORPUS.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Ingesting the example corpus", "Rejected:           0").containsPattern("holds \\d\\d articles");
    }
}
