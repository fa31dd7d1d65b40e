package dev.dossier.positions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Issue;
import dev.dossier.model.PositionCell;
import dev.dossier.model.Position;
import dev.dossier.model.PositionMatrix;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.SaidOn;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.Stance;
import dev.dossier.model.TextSpan;
import dev.dossier.model.TimePrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every statement here is invented, about the fictional world of the example corpus. */
class PositionFinderTest {

    private static final Issue OBSERVERS = new Issue("observers", List.of("observer", "monitor"), null, true);
    private static final long VORONEL = 7;
    private static final long DASTOVA = 3;

    private final PositionFinder finder = new PositionFinder(new IssueFinder(null));
    private int next;

    /** A claim whose article is just "«statement,» NAME said." */
    private Claim said(long speaker, String name, String statement, LocalDate day) {
        String article = "«" + statement + ",» " + name + " said.";
        QuoteRecord record = new QuoteRecord("q" + next++, QuoteKind.DIRECT, statement, speaker < 0 ? SpeakerKind.ANONYMOUS : SpeakerKind.NAMED,
                speaker < 0 ? null : speaker, speaker < 0 ? null : name, name, "said", "a" + next, new TextSpan(1, 1 + statement.length()),
                day == null ? null : new SaidOn(day, TimePrecision.DAY, SaidOn.FROM_TEXT), List.of());
        return Claim.in(article, record);
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    @Test
    void eachActorGetsACellWithItsHistoryAndCurrentStance() {
        PositionMatrix matrix = finder.of(List.of(
                said(VORONEL, "Voronel", "Lindmark's observers would be a trap for Kestria", march(9)),
                said(VORONEL, "Voronel", "Kestria would now welcome unarmed observers from a neutral country", march(23)),
                said(DASTOVA, "Dastova", "We welcome the observers and want them on both banks", march(24))), List.of(OBSERVERS));

        assertThat(matrix.issues()).extracting(Issue::name).contains("observers");
        PositionCell voronel = matrix.cells().stream().filter(cell -> cell.actorId() == VORONEL).findFirst().orElseThrow();
        assertThat(voronel.history()).extracting(position -> position.stance()).containsExactly(Stance.OPPOSES, Stance.SUPPORTS);
        assertThat(voronel.current()).isEqualTo(Stance.SUPPORTS);
        assertThat(voronel.history().get(0).evidenceWords()).isEqualTo("trap");
        assertThat(matrix.changes()).singleElement().satisfies(change -> {
            assertThat(change.before().saidOn().date()).isEqualTo(march(9));
            assertThat(change.after().saidOn().date()).isEqualTo(march(23));
            assertThat(change.contradiction()).as("two weeks apart: a change, not a contradiction").isFalse();
        });
    }

    @Test
    void oppositeStancesWithinDaysAreAContradiction() {
        PositionMatrix matrix = finder.of(List.of(
                said(VORONEL, "Voronel", "Kestria rejects any observers in the corridor", march(9)),
                said(VORONEL, "Voronel", "Kestria would welcome observers in the corridor", march(11))), List.of(OBSERVERS));

        assertThat(matrix.changes()).singleElement().satisfies(change -> assertThat(change.contradiction()).isTrue());
    }

    @Test
    void aNoNowBesideAYesOnConditionIsAChangeNotAContradiction() {
        PositionMatrix matrix = finder.of(List.of(
                said(VORONEL, "Voronel", "Kestria rejects any observers in the corridor", march(9)),
                said(VORONEL, "Voronel", "Kestria would accept observers in the corridor only if the shelling stops", march(10))),
                List.of(OBSERVERS));

        assertThat(matrix.changes()).singleElement().satisfies(change -> {
            assertThat(change.after().stance()).isEqualTo(dev.dossier.model.Stance.CONDITIONAL);
            assertThat(change.contradiction()).isFalse();
        });
    }

    @Test
    void acrossStoriesAStanceThatMovedBetweenTwoStoriesIsAChange() {
        PositionMatrix before = finder.of(List.of(said(VORONEL, "Voronel", "Lindmark's observers would be a trap", march(9))),
                List.of(OBSERVERS));
        PositionMatrix after = finder.of(List.of(said(VORONEL, "Voronel", "Kestria would welcome unarmed observers", march(23))),
                List.of(OBSERVERS));
        assertThat(before.changes()).isEmpty();
        assertThat(after.changes()).isEmpty();

        List<Position> both = new ArrayList<>(after.positions());
        both.addAll(before.positions());
        PositionMatrix across = PositionFinder.across(List.of(OBSERVERS), both);

        assertThat(across.cells()).singleElement().satisfies(cell -> {
            assertThat(cell.history()).extracting(position -> position.saidOn().date()).containsExactly(march(9), march(23));
            assertThat(cell.current()).isEqualTo(Stance.SUPPORTS);
        });
        assertThat(across.changes()).singleElement().satisfies(change -> assertThat(change.contradiction()).isFalse());
    }

    @Test
    void evidenceIsASpanOfTheArticle() {
        Claim claim = said(VORONEL, "Voronel", "Kestria rejects any observers in the corridor", march(9));
        PositionMatrix matrix = finder.of(List.of(claim), List.of(OBSERVERS));

        var position = matrix.positions().get(0);
        String article = "«Kestria rejects any observers in the corridor,» Voronel said.";
        assertThat(position.evidence().of(article)).isEqualTo("rejects");
    }

    @Test
    void anonymousStatementsHoldNoPosition() {
        PositionMatrix matrix = finder.of(List.of(said(-1, "officials", "Kestria rejects the observers", march(9))), List.of(OBSERVERS));
        assertThat(matrix.cells()).isEmpty();
    }

    @Test
    void statementsWithNoIssueAndIssuesOfOneStatementMakeNoDiscoveredIssue() {
        PositionMatrix matrix = finder.of(List.of(
                said(VORONEL, "Voronel", "The weather in Korvask is cold", march(9)),
                said(DASTOVA, "Dastova", "Our farmers need rain", march(10))), List.of());
        assertThat(matrix.issues()).isEmpty();
        assertThat(matrix.cells()).isEmpty();
        assertThat(finder.of(List.of(), List.of())).isEqualTo(PositionMatrix.EMPTY);
    }

    @Test
    void recurringPhrasesOfSeveralSpeakersBecomeIssuesAndVariantsMerge() {
        PositionMatrix matrix = finder.of(List.of(
                said(VORONEL, "Voronel", "We will never accept any foreign armies in the corridor", march(9)),
                said(DASTOVA, "Dastova", "We want foreign armies to guard the corridor", march(9)),
                said(7, "Voronel", "Foreign army units would be a provocation", march(10)),
                said(4, "Brask", "Without foreign armies there is no security", march(10)),
                said(5, "Halvorsen", "The prisoner exchange will happen on Saturday", march(11)),
                said(6, "Morav", "The prisoner exchange is a humanitarian step", march(12))), List.of());

        assertThat(matrix.issues()).extracting(Issue::name).contains("foreign armies", "prisoner exchange");
        Issue armies = matrix.issues().stream().filter(issue -> issue.name().equals("foreign armies")).findFirst().orElseThrow();
        assertThat(armies.phrases()).contains("foreign armies");
        assertThat(armies.defined()).isFalse();
    }

    @Test
    void wordsOfTalkOfTheCampaignOrOfOfficesAloneAreNoIssue() {
        PositionMatrix matrix = finder.of(List.of(
                said(VORONEL, "Voronel", "The border tariff will ruin our farmers", march(9)),
                said(DASTOVA, "Dastova", "We need the border tariff to protect our mills", march(9)),
                said(4, "Brask", "Nobody listens to the comments of the campaign", march(10)),
                said(5, "Halvorsen", "The comments were made during the campaign", march(10)),
                said(6, "Morav", "I ignore the comments and the campaign", march(11)),
                said(8, "Lisk", "Those comments will not change the campaign", march(11)),
                said(9, "Orlen", "The Korvask senator has no answer to the votes", march(12)),
                said(10, "Pell", "I met the Korvask senator after the votes", march(12)),
                said(11, "Tamm", "The Korvask senator counted the votes", march(12))), List.of());

        assertThat(matrix.issues()).extracting(Issue::name).containsExactly("border tariff");
    }

    @Test
    void talksAndTheRegionAloneAreNoIssue() {
        PositionMatrix matrix = finder.of(List.of(
                said(VORONEL, "Voronel", "The grain corridor must stay open", march(9)),
                said(DASTOVA, "Dastova", "We will close the grain corridor", march(9)),
                said(4, "Brask", "The talks will go on in the region", march(10)),
                said(5, "Halvorsen", "Nothing came of the talks in the region", march(10)),
                said(6, "Morav", "The talks calm the region", march(11)),
                said(8, "Lisk", "The arrangements for the discussion suit the region", march(11)),
                said(9, "Orlen", "The arrangements and the discussion are slow", march(12)),
                said(10, "Pell", "I read the arrangements after the discussion", march(12))), List.of());

        assertThat(matrix.issues()).extracting(Issue::name).containsExactly("grain corridor");
    }

    @Test
    void theWarAndPeaceAloneAreTheStorysBackgroundButPeaceTalksAreAnIssue() {
        PositionMatrix matrix = finder.of(List.of(
                said(VORONEL, "Voronel", "The grain corridor must stay open", march(9)),
                said(DASTOVA, "Dastova", "We will close the grain corridor", march(9)),
                said(4, "Brask", "The war in Korvask has gone on too long", march(10)),
                said(5, "Halvorsen", "Nobody in Korvask wanted the war", march(10)),
                said(6, "Morav", "Our three-year war ruined the farms", march(11)),
                said(8, "Lisk", "Peace will come slowly", march(11)),
                said(9, "Orlen", "We all want peace", march(12)),
                said(10, "Pell", "The peace talks must resume", march(12)),
                said(11, "Tamm", "I walked out of the peace talks", march(12))), List.of());

        assertThat(matrix.issues()).extracting(Issue::name).containsExactlyInAnyOrder("grain corridor", "peace talks");
    }
    @Test
    void anActorWithHundredsOfStatementsMakesNoCatchAllIssue() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            claims.add(said(VORONEL, "Voronel", "The Kestrian position on the corridor question " + i + " has not changed", march(1 + i % 28)));
            claims.add(said(DASTOVA, "Dastova", "Valdoria wants talks on topic " + i + " and sanctions kept", march(1 + i % 28)));
        }
        PositionMatrix matrix = finder.of(claims, List.of());

        for (Issue issue : matrix.issues()) {
            long using = claims.stream().filter(claim -> new IssueMatcher(issue).mentioned(Words.of(claim.statement().text()))).count();
            assertThat(using).as("statements on '%s'", issue.name()).isLessThanOrEqualTo((long) (IssueFinder.CATCH_ALL * claims.size()) + 1);
        }
        assertThat(matrix.issues().size()).isLessThanOrEqualTo(IssueFinder.MOST);
    }
}
