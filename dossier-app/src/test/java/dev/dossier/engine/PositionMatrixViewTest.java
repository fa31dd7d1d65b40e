package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.Issue;
import dev.dossier.model.PositionMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionMatrixViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anIssueInJsonCarriesBothItsSidesPhrases() throws Exception {
        Issue permits = new Issue("residence permits", List.of("residence permit", "work permit"),
                "wants the permits granted", true, List.of("deportation", "expulsion"));
        Issue discovered = new Issue("observers", List.of("observer"), null, false);

        JsonNode issues = JSON.readTree(Json.line(PositionMatrixView.of("s0001",
                new PositionMatrix(List.of(permits, discovered), List.of(), List.of())))).path("issues");

        assertThat(issues).hasSize(2);
        assertThat(issues.get(0).path("phrases")).extracting(JsonNode::asText).containsExactly("residence permit", "work permit");
        assertThat(issues.get(0).path("contrary")).extracting(JsonNode::asText).containsExactly("deportation", "expulsion");
        assertThat(issues.get(0).path("supports").asText()).isEqualTo("wants the permits granted");
        assertThat(issues.get(1).path("contrary").isArray()).as("an issue without another side has an empty list").isTrue();
        assertThat(issues.get(1).path("contrary")).isEmpty();
        assertThat(issues.get(1).path("defined").asBoolean()).isFalse();
    }
}
