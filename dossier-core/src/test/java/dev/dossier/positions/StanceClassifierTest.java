package dev.dossier.positions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Issue;
import dev.dossier.model.Stance;
import dev.dossier.model.StanceReading;
import dev.dossier.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every sentence here is invented, about the fictional world of the example corpus. */
class StanceClassifierTest {

    private static final Issue FORCES = new Issue("foreign forces", List.of("foreign forces", "foreign army", "peacekeeper",
            "foreign troops"), "wants foreign forces in the corridor", true);
    private static final Issue OBSERVERS = new Issue("observers", List.of("observer", "monitor"), null, true);
    private static final Issue SANCTIONS = new Issue("sanctions", List.of("sanction", "sanctions package"), null, true);
    private static final Issue SUMMIT = new Issue("summit", List.of("summit", "meeting"), null, true);

    private final StanceClassifier classifier = new StanceClassifier();

    /** Reads a context whose statement is the part between the first pair of « ». */
    private StanceReading read(String context, Issue issue) {
        int open = context.indexOf('«');
        int close = context.indexOf('»');
        TextSpan statement = open < 0 ? new TextSpan(0, context.length()) : new TextSpan(open + 1, close);
        return classifier.read(context, statement, issue);
    }

    @Test
    void cueWordsForAndAgainstDecide() {
        assertThat(read("«Kestria rejects any foreign forces in the corridor,» Voronel said.", FORCES).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«We welcome the observers from Lindmark,» Dastova said.", OBSERVERS).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«Peacekeepers in the valley would be a trap,» he said.", FORCES).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void negationTurnsSupportIntoOpposition() {
        assertThat(read("«We will not allow foreign armies into the corridor,» Voronel said.", FORCES).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«There will be no peacekeepers on the Orsk,» he said.", FORCES).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«Kestria is not ready to accept observers,» he said.", OBSERVERS).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void anAnsweredMentionTakesTheAnswersSide() {
        String context = "«Observers — yes. Foreign armies — no.» Zaborin told reporters.";
        assertThat(read(context, OBSERVERS).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read(context, FORCES).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void undoingTheIssueIsOpposingIt() {
        StanceReading reading = read("«The alliance must lift the sanctions before anything else,» Zaborin said.", SANCTIONS);
        assertThat(reading.stance()).isEqualTo(Stance.OPPOSES);
        assertThat(reading.evidence()).isNotNull();
    }

    @Test
    void aThreatIsOpposition() {
        String context = "Orlan said any foreign troops in the valley would be «legitimate targets» for his artillery.";
        assertThat(classifier.read(context, new TextSpan(0, context.length()), FORCES).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aConditionMakesItConditionalAndIsQuoted() {
        StanceReading reading = read("«A summit can happen only once the ground has been properly prepared,» Zaborin said.", SUMMIT);
        assertThat(reading.stance()).isEqualTo(Stance.CONDITIONAL);
        assertThat(reading.condition()).isEqualTo("once the ground has been properly prepared");

        StanceReading refusal = read("«I will not go to the summit until we know who fired,» Dastova said.", SUMMIT);
        assertThat(refusal.stance()).isEqualTo(Stance.CONDITIONAL);
        assertThat(refusal.condition()).startsWith("until we know who fired");
    }

    @Test
    void theReportingFrameCounts() {
        String context = "Voronel dismissed the peacekeepers plan as «a road to nowhere».";
        assertThat(read(context, FORCES).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void nothingDecidingIsNeutralWithNoEvidence() {
        StanceReading reading = read("«The alliance will discuss the sanctions on Thursday,» an official said.", SANCTIONS);
        assertThat(reading).isEqualTo(StanceReading.UNDECIDED);
        assertThat(read("", SANCTIONS)).isEqualTo(StanceReading.UNDECIDED);
    }

    @Test
    void evidenceIsASpanOfTheContext() {
        String context = "«Kestria rejects any foreign forces in the corridor,» Voronel said.";
        StanceReading reading = read(context, FORCES);
        assertThat(reading.evidence().of(context)).isEqualTo("rejects");
    }

    @Test
    void aStatementThatDoesNotNameTheIssueIsNotAboutIt() {
        String context = "«We welcome the observers from Lindmark,» Dastova said.";
        assertThat(classifier.readIfNamed(context, new TextSpan(1, 39), SANCTIONS)).isEmpty();
        assertThat(classifier.readIfNamed(context, new TextSpan(1, 39), OBSERVERS)).isPresent();
    }

    @Test
    @Timeout(30) // a hang guard, not a speed target: reading is linear in the words
    void aHugeStatementIsRead() {
        String context = "We reject the sanctions. ".repeat(20_000);
        assertThat(classifier.read(context, new TextSpan(0, context.length()), SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
    }
}
