package dev.dossier.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.Issue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IssueFileTest {

    private static IssueFile.Contents read(String json) throws IOException {
        return IssueFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "issues.json");
    }

    @Test
    void readsNamesPhrasesAndWhatSupportingMeans() throws IOException {
        IssueFile.Contents contents = read("""
                // the alliance's measures
                [ {"name": "Sanctions", "phrases": ["Sanctions package", "embargo"], "supports": "wants them kept"}, ]
                """);
        assertThat(contents.problems()).isEmpty();
        Issue issue = contents.issues().get(0);
        assertThat(issue.name()).isEqualTo("Sanctions");
        assertThat(issue.phrases()).containsExactly("sanctions", "sanctions package", "embargo");
        assertThat(issue.supports()).isEqualTo("wants them kept");
        assertThat(issue.defined()).isTrue();
    }

    @Test
    void aBadEntryIsLeftOutAndReportedTheRestIsKept() throws IOException {
        IssueFile.Contents contents = read("""
                [ {"name": "sanctions"}, {"phrases": ["x"]}, {"name": "talks", "phrases": "not a list"}, {"name": "sanctions"},
                  {"name": "observers", "colour": "red"}, 42 ]
                """);
        assertThat(contents.issues()).extracting(Issue::name).containsExactly("sanctions");
        assertThat(contents.problems()).hasSize(5).allSatisfy(problem -> assertThat(problem).startsWith("issues.json: $["));
        assertThat(contents.problems()).anySatisfy(problem -> assertThat(problem).contains("defined twice"));
    }

    @Test
    void readsThePhrasesOfTheOtherSideAndRefusesOneThatIsBothSides() throws IOException {
        IssueFile.Contents contents = read("""
                [ {"name": "residence permits", "phrases": ["permit"], "contrary": ["Deportation", "expulsion"]},
                  {"name": "talks", "phrases": ["talks"], "contrary": ["talks"]}, {"name": "summit", "contrary": "walkout"} ]
                """);
        assertThat(contents.issues()).extracting(Issue::name).containsExactly("residence permits");
        assertThat(contents.issues().get(0).contrary()).containsExactly("deportation", "expulsion");
        assertThat(contents.problems()).hasSize(2);
        assertThat(contents.problems().get(0)).contains("$[1].contrary", "'talks' is one of the issue's phrases too");
        assertThat(contents.problems().get(1)).contains("$[2].contrary: expected a list of phrases");
    }

    @Test
    void notJsonOrNotAListIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> read("{ not json")).isInstanceOf(IOException.class).hasMessageContaining("issues.json: not valid JSON at line 1");
        assertThatThrownBy(() -> read("{\"name\": \"x\"}")).isInstanceOf(IOException.class).hasMessageContaining("expected a JSON list");
        assertThatThrownBy(() -> read("")).isInstanceOf(IOException.class);
    }
}
