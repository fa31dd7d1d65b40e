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

    private static final Issue EXCHANGE = new Issue("prisoner exchange", List.of("prisoner exchange", "exchange", "swap"), null, true);
    private static final Issue MEMBERSHIP = new Issue("alliance membership", List.of("alliance membership", "alliance ambition",
            "joining the alliance", "renunciation"), null, true);
    private static final Issue GUARANTEES = new Issue("security guarantees", List.of("guarantee", "guarantor"),
            "wants Valdoria's security guaranteed by outside states, without Kestria among the guarantors", true);

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
    void somebodyElsesProposalIsNotACue() {
        assertThat(read("Voronel described Valdoria's call for foreign forces as «a trap».", FORCES).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«The ministers discussed a Lindmark proposal for monitors,» Halvorsen said.", OBSERVERS).stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(read("«The ministers discussed a possible summit,» Halvorsen said.", SUMMIT).stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aNegationIsConsumedByTheCueItNegates() {
        assertThat(read("«Our president has never been afraid of a summit,» he said.", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«The door to foreign forces must stay shut,» Zaborin said.", FORCES).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«Not speeches, but observers on the ground,» Halvorsen said.", OBSERVERS).stance()).isNotEqualTo(Stance.OPPOSES);
        assertThat(read("«We wonât send a delegation to the summit,» Dastova said.", SUMMIT).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void doingTheIssuesThingSupportsIt() {
        assertThat(read("Halvorsen said «Lindmark could send up to 400 observers within three weeks».", OBSERVERS).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("Halvorsen said «up to 400 observers could be deployed within three weeks».", OBSERVERS).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We will not send a delegation to the summit,» Dastova said.", SUMMIT).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Brask criticised «the president's decision to go to the summit»", SUMMIT).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void undoingInThePassiveOpposes() {
        assertThat(read("Zaborin repeated the demand «that sanctions be lifted as part of any deal».", SANCTIONS).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aStatedRequirementOrMandateIsACondition() {
        assertThat(read("«Any observer mission would need free access to both banks,» Morav said.", OBSERVERS).stance())
                .isEqualTo(Stance.CONDITIONAL);
        assertThat(read("«Kestria would welcome observers under a mandate agreed by both sides,» he said.", OBSERVERS).stance())
                .isEqualTo(Stance.CONDITIONAL);
        StanceReading without = read("«The alliance would not send foreign troops without a mandate from both sides,» she said.", FORCES);
        assertThat(without.stance()).isEqualTo(Stance.CONDITIONAL);
        assertThat(without.condition()).startsWith("without a mandate");
        assertThat(read("Her office said she would attend the summit «without preconditions».", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«Kestria has met the one condition I set for the summit,» Dastova said.", SUMMIT).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void untilIsAConditionOnlyAfterARefusal() {
        assertThat(read("«The summit date stands until somebody tells me otherwise,» she said.", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«The suspension of the summit stays until we know who fired,» she said.", SUMMIT).stance())
                .isEqualTo(Stance.CONDITIONAL);
    }

    @Test
    void aThreatOfTheIssueIsConditionalAndAThreatForItSupports() {
        assertThat(read("Marstrand said Kestria had two weeks «to commit to a summit or face new sanctions».", SANCTIONS).stance())
                .isEqualTo(Stance.CONDITIONAL);
        assertThat(read("Marstrand said Kestria had two weeks «to commit to a summit or face new sanctions».", SUMMIT).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("Marstrand «warned of tough new sanctions if Korvask walks away».", SANCTIONS).stance())
                .isEqualTo(Stance.CONDITIONAL);
        assertThat(read("Marstrand said she would decide on next steps «if a summit is not scheduled by May».", SUMMIT).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aThreatIfTheIssueFailsIsAWishForItAndTheThreatsOwnConditionIsNone() {
        String context = "Marstrand threatened «\"severe consequences\" if Voronel does not agree to a truce, and she has warned of "
                + "new tariffs if her summit on Friday proves fruitless».";
        assertThat(read(context, SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("Marstrand warned of new tariffs «if the summit fails».", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void demandsWithNoObjectAndAnotherPartysProposalAreNotTheSpeakersStand() {
        assertThat(read("Kestria hardened its demands, «dismissing the idea of Aurelian peacekeepers in the corridor».", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("Voronel «rejected the plan proposed by Brandt for foreign troops in the corridor».", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("«Our demands for peacekeepers stand,» Dastova said.", FORCES).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We are pleased by the offer of foreign troops,» Dastova said.", FORCES).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void mockingSomebodyForNotDoingTheIssueBacksIt() {
        assertThat(read("Brandt often mocked Dastova «for not sending observers to the corridor».", OBSERVERS).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("Brandt often mocked Dastova «for not supporting the observers».", OBSERVERS).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("Brandt often mocked Dastova «for sending observers to the corridor».", OBSERVERS).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aMoratoriumUndoesAndBringingBackIsNoBacking() {
        assertThat(read("In July, the council «called for a moratorium on observers».", OBSERVERS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Marstrand «has vowed to bring back the mill jobs and roll back the sanctions».", SANCTIONS).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void againstAfterAnActOfPressureNamesItsTarget() {
        assertThat(read("«We will impose new sanctions against Voronel,» Brandt said.", SANCTIONS).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We need tough measures against Voronel, sanctions among them,» Brandt said.", SANCTIONS).stance())
                .isNotEqualTo(Stance.OPPOSES);
        assertThat(read("«We voted against the sanctions,» Brandt said.", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«We are against any sanctions,» Brandt said.", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void throwingOutOrStrikingDownARuleUndoesIt() {
        assertThat(read("The plaintiffs asked the court «to throw out the sanctions».", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Marstrand «proposes doing away with the sanctions package».", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«The court must not strike down the sanctions,» Brandt said.", SANCTIONS).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void callingOnAPartyToDoTheIssueBacksIt() {
        Issue retaliation = new Issue("retaliation against voronel", List.of("retaliation", "retaliate"), null, true);
        assertThat(read("Dastova «called on the alliance to retaliate against Voronel for the raids».", retaliation).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("Dastova «called on Marstrand on Tuesday to lift the sanctions».", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Dastova «called on the sanctions envoy at his office».", SANCTIONS).stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void agreeingThatSomethingIsSoTakesNoSide() {
        assertThat(read("Economists «agreed that the sanctions would cut Kestria's exports by a third».", SANCTIONS).stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(read("«We agreed to the sanctions last week,» Brandt said.", SANCTIONS).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aHostOfThingsIsNoHosting() {
        assertThat(read("«A host of summits and meetings filled the spring,» the mayor said.", SUMMIT).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("«Haldeby will host the summit,» the mayor said.", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void questioningTheIssueOrItsNeedOpposesIt() {
        assertThat(read("Marstrand «has questioned the sanctions from the start».", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Marstrand «has questioned the very need for sanctions».", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Marstrand «warned of the damaging effects of the sanctions».", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Marstrand «was questioned by reporters about the sanctions».", SANCTIONS).stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aConditionThatNamesTheIssueDoesNotConditionIt() {
        assertThat(read("«Whether people sleep next week depends on whether the observers come,» the mayor said.", OBSERVERS).stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void questionsTakeNoSide() {
        assertThat(read("«The government cannot agree with itself, and it is going to the summit?» Sandrel asked.", SUMMIT).stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(read("Marstrand said «the alliance will decide on Thursday whether to back new sanctions».", SANCTIONS).stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aBareNoIsARefusal() {
        assertThat(read("«On the observers, today our answer is no.»", OBSERVERS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«I asked both ministers about the summit. Neither of them said no.»", SUMMIT).stance()).isNotEqualTo(Stance.OPPOSES);
    }

    @Test
    void reportsOfOtherPartiesPositionsAreNeutral() {
        assertThat(read("«Korvask will never accept foreign forces,» said Ivo Brenn, an analyst at the Haldeby Institute.", FORCES).stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(read("Halvorsen said «both governments have agreed in principle to a summit».", SUMMIT).stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(read("Dastova said «Ruslavin wants observers only on the western bank».", OBSERVERS).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("The minister said «Valdoria wants foreign troops in the corridor».", FORCES).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aThirdPartyCalledASupporterIsTheSpeakersReportNotHisStance() {
        assertThat(read("«Orlan Vesk is a supporter of a summit,» Dastova said.", SUMMIT).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("«Orlan Vesk is a supporter of a summit,» I tell you.", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aPositionVerbInsideANameIsNoVerb() {
        assertThat(read("«The Haldeby Plan for a summit is welcome,» Voronel said.", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aNegatedUndoingKeepsTheIssue() {
        assertThat(read("«We must not lift the sanctions,» Brask said.", SANCTIONS).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We will not let them lift the sanctions,» Brask said.", SANCTIONS).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«I do not want to see the council lift the sanctions,» Brask said.", SANCTIONS).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We want to see the council lift the sanctions,» Voronel said.", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void recognisingIsAccepting() {
        Issue annexation = new Issue("ceding the corridor", List.of("corridor", "occupied"), "agrees to cede the corridor", true);
        assertThat(read("«No matter the cost, Valdoria will not legally recognise the occupied towns,» Morav said.", annexation).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("«We recognize the new border in the corridor,» Brask said.", annexation).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void whatIsNotNegotiableIsHeldTo() {
        assertThat(read("Dastova said the application for alliance membership is «not negotiable».", MEMBERSHIP).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«Alliance membership? Non-negotiable,» Dastova said.", MEMBERSHIP).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«The timing of alliance membership is negotiable,» Dastova said.", MEMBERSHIP).stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void anInnerQuoteIsAnotherSpeakersStance() {
        String context = "«When I raised the monitors, he told me, ‘we will never accept observers.’ I reminded him it is not his house,» she said.";
        assertThat(read(context, OBSERVERS).stance()).isNotEqualTo(Stance.OPPOSES);
    }

    @Test
    void theVerbThatReportsTheStatementIsNotACue() {
        assertThat(read("Zaborin insisted «the observers were a provocation».", OBSERVERS).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void evaluativeWordsAndIdiomsDecideWhenNoCueDoes() {
        assertThat(read("«The exchange was a humanitarian gesture,» Voronel said.", EXCHANGE).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«Forty families have their sons back. I will take that,» Morav said.", EXCHANGE).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«Our position on foreign troops has not moved by a millimetre,» Voronel said.", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("«Valdoria's alliance ambitions were left outside the door,» Voronel said.", MEMBERSHIP).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("«Nothing was left outside any door: alliance membership is Valdoria's choice,» Morav said.", MEMBERSHIP).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("Brask «accused the Citadel of letting observers into the valley».", OBSERVERS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«Morav went along with the idea of a summit,» the spokesman said.", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aCueWordInANameOrAMovementIsNotACue() {
        assertThat(read("«The League of the Willing discussed the summit,» she said.", SUMMIT).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("«The talk of peacekeepers is the trap that Kestria wants us to walk into,» Brask said.", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aDemandForAPlaceOpposesAnIssueThatLeavesSomebodyOut() {
        assertThat(read("«Korvask must have a seat among the guarantors,» Voronel said.", GUARANTEES).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«Kestria must be included in any talks on guarantees,» he said.", GUARANTEES).stance()).isEqualTo(Stance.OPPOSES);
        Issue open = new Issue("security guarantees", List.of("guarantee", "guarantor"), null, true);
        assertThat(read("«Lindmark must be among the guarantors,» he said.", open).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void givingUpTheIssueOrAnAimOfItOpposes() {
        assertThat(read("«Valdoria should give up on the hope of joining the alliance,» Zaborin said.", MEMBERSHIP).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("Zaborin listed «demands ranging from the renunciation of alliance membership to new borders».", MEMBERSHIP).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aScheduleOrADeniedRelevanceIsNoRefusal() {
        assertThat(read("«There is no summit planned,» Voronel said.", SUMMIT).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("«The problem is not the summit itself,» Morav said.", SUMMIT).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("«There will be no summit,» Voronel said.", SUMMIT).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void vagueAndSequencingTermsAreConditions() {
        StanceReading first = read("Last month Dastova insisted that «Kestrian forces first pull back from the river».", SUMMIT);
        assertThat(first.stance()).isEqualTo(Stance.CONDITIONAL);
        assertThat(first.condition()).isEqualTo("Kestrian forces first pull back from the river");
        assertThat(read("«A summit should crown an agreement, not replace one,» Zaborin said.", SUMMIT).stance())
                .isEqualTo(Stance.CONDITIONAL);
        assertThat(read("«The president is ready for a meeting at the right moment,» Voronel said.", SUMMIT).stance())
                .isEqualTo(Stance.CONDITIONAL);
        assertThat(read("«The sanctions package is written. Whether it is signed depends on Korvask,» she said.", SANCTIONS).stance())
                .isEqualTo(Stance.CONDITIONAL);
        assertThat(read("«We will push for a summit when the ministers meet on Friday,» Morav said.", SUMMIT).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aCalendarEventOrAPhrasalAfterSetsNoTerm() {
        assertThat(read("«We will push for a summit before the election,» Morav said.", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We will sign the sanctions package after the convention,» Brask said.", SANCTIONS).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We back a summit, and we will go after the ones who stand in its way,» Dastova said.", SUMMIT).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We back a summit, but only after the election,» Dastova said.", SUMMIT).stance())
                .isEqualTo(Stance.CONDITIONAL);
        assertThat(read("«We back a summit after the ministers agree on the agenda,» Dastova said.", SUMMIT).stance())
                .isEqualTo(Stance.CONDITIONAL);
    }

    @Test
    void undoingWhatUndoesTheIssueIsBackingIt() {
        assertThat(read("«We will lift the ban on observers in the valley,» Dastova said.", OBSERVERS).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«The council must end the suspension of the summit,» Morav said.", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We will stop the deportations of observers at once,» Dastova said.", OBSERVERS).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We will not lift the ban on observers,» Brask said.", OBSERVERS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«We will ban the observers,» Brask said.", OBSERVERS).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aStatementThatNamesOnlyTheOtherSideIsReadTurned() {
        Issue permits = new Issue("residence permits", List.of("residence permit"), null, true, List.of("deportation", "expulsion"));

        StanceReading stopped = read("«We will stop the deportations of the miners,» Dastova said.", permits);
        assertThat(stopped.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(stopped.evidence()).isNotNull();
        assertThat(read("«We welcome the expulsions,» Brask said.", permits).stance()).isEqualTo(Stance.OPPOSES);
        // both sides named: the cues are read as they stand
        assertThat(read("«We welcome residence permits for the miners, not expulsions,» Dastova said.", permits).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void anInflectedCalendarEventOrPhrasalVerbIsFoldedAsTheWordsAre() {
        assertThat(read("«We will sign the sanctions package after the midterms,» Brask said.", SANCTIONS).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We will push for a summit before the holidays,» Morav said.", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We back a summit, and Dastova goes after the ones who stand in its way,» Morav said.", SUMMIT).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aPredicateAfterDoesIsRead() {
        // "does" is folded to "doe" as the words are; the list of finite auxiliaries once held it unfolded, and missed it
        assertThat(read("«The sanctions package does not work,» Brask said.", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void backingADecisionOnWhetherTakesNoSideOnWhatIsDecided() {
        assertThat(read("The minister «has supported letting the regions decide whether the sanctions package is right for them».",
                SANCTIONS).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("The minister «has supported the sanctions package».", SANCTIONS).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void whenTheNamingSentenceIsSilentTheSentencesAfterItSpeak() {
        assertThat(read("«The summit is not ours to call off. We have said yes, and our yes stands,» Zaborin said.", SUMMIT).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«We said no to sanctions. The summit is another matter,» Zaborin said.", SUMMIT).stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aWarningReportsOpposition() {
        assertThat(read("Brask warned that «the summit will reward Korvask».", SUMMIT).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Brask warned that «the declaration freezes the summit agenda».", SUMMIT).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Marstrand warned «of new sanctions if Korvask walks away».", SANCTIONS).stance()).isEqualTo(Stance.CONDITIONAL);
    }

    @Test
    void wordsThatOnlyLookLikeCuesAreNot() {
        assertThat(read("«It is not up to Korvask to decide on observers, nor up to the aggressor to say how to deter that threat,» he said.", OBSERVERS)
                .stance()).isNotEqualTo(Stance.OPPOSES);
        assertThat(read("«The agenda includes humanitarian access and a prisoner exchange,» officials said.", EXCHANGE).stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(read("«It was done for humanitarian reasons: the exchange is ours too,» Voronel said.", EXCHANGE).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("She called the summit «the right decision at the right time».", SUMMIT).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("Voronel described proposals for peacekeepers as «a trap».", FORCES).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aQuoteMarkThatMojibakeGluedToAWordIsNotPartOfIt() {
        assertThat(Words.fold("âuntil")).isEqualTo("until");
        assertThat(Words.fold("peopleâ")).isEqualTo("people");
        assertThat(Words.fold("wonât")).isEqualTo("wonât");
        StanceReading reading = read("«The suspension of the summit stays âuntil we know who did itâ,» she said.", SUMMIT);
        assertThat(reading.stance()).isEqualTo(Stance.CONDITIONAL);
    }

    @Test
    @Timeout(30) // a hang guard, not a speed target: reading is linear in the words
    void aHugeStatementIsRead() {
        String context = "We reject the sanctions. ".repeat(20_000);
        assertThat(classifier.read(context, new TextSpan(0, context.length()), SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void wordsOfPoliticalCriticismOppose() {
        assertThat(read("«Peacekeepers in the corridor would be a disaster,» Zaborin said.", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("The senator «decried the plan for foreign troops in the corridor» on Tuesday.", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void verbsOfUndoingAndDoingTakeTheirSide() {
        assertThat(read("«We will repeal the sanctions package on the first day,» Sandrel said.", SANCTIONS).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("«Parliament will pass the sanctions package this week,» the speaker said.", SANCTIONS).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aPositionSomebodyIsCriticisedForIsTurned() {
        assertThat(read("Brask «criticized Morav for his support of a summit» in a radio interview.", SUMMIT).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("The mayor «condemned Voronel's call for a new summit» on Friday.", SUMMIT).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void refusingToNegatesTheVerbItGoverns() {
        assertThat(read("The minister «refused to support the sanctions package» again.", SANCTIONS).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aTitleOrAnInitialEndsNoSentence() {
        assertThat(read("Gen. Halvorsen and Col. Ilse D. Brask «are on record opposing Mr. Voronel's plan for foreign troops».", FORCES)
                .stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aVerbOfIntendingCarriesTheVerbItGoverns() {
        assertThat(read("The governor «vowed to block any foreign troops from entering the province».", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("Sandrel «pledged to oppose the sanctions package to the end».", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("The council «approved a resolution condemning the summit» on Monday.", SUMMIT).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aCriticisedPositionReachesOverItsClauseAndTheCriticIsNoCue() {
        assertThat(read("The mayor «denounced suggestions by the two northern generals that they would send foreign troops to the "
                + "corridor» on Friday.", FORCES).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("Brask «criticized Morav for opposing the sanctions package» on the radio.", SANCTIONS).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aJudgementPredicatedOfTheIssueDecides() {
        StanceReading keep = read("«Foreign troops are not going to keep the peace on the Orsk,» Zaborin said.", FORCES);
        assertThat(keep.stance()).isEqualTo(Stance.OPPOSES);
        assertThat(keep.evidence().of("«Foreign troops are not going to keep the peace on the Orsk,» Zaborin said.")).isEqualTo("keep");
        assertThat(read("«The summit is not a provocation, but a sensible idea,» Dastova said.", SUMMIT).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«The idea of lifting the sanctions is absurd,» Brask said.", SANCTIONS).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(read("«Any foreign troops in the valley would be legitimate targets,» Orlan said.", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void anExceptionConditionsARefusal() {
        StanceReading reading = read("«We oppose foreign troops in the corridor except to guard the observers,» Zaborin said.", FORCES);
        assertThat(reading.stance()).isEqualTo(Stance.CONDITIONAL);
        assertThat(reading.condition()).isEqualTo("except to guard the observers");
    }

    @Test
    void aCaseOrEventConditionsOnlyAYes() {
        StanceReading open = read("«Kestria is open to observers, in cases where both sides agree,» Voronel said.", OBSERVERS);
        assertThat(open.stance()).isEqualTo(Stance.CONDITIONAL);
        assertThat(open.condition()).isEqualTo("in cases where both sides agree");
        assertThat(read("Korvask «dismissed the idea of foreign troops in the event of a truce».", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("«We drew up plans in case of a truce but are also ready to add sanctions,» Brask said.", SANCTIONS).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aThreatUnlessTheIssueHappensSupportsIt() {
        assertThat(read("Brask «threatened to stop the grain deliveries unless Korvask agrees to a summit».", SUMMIT).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«The minister should resign if he can't block the summit,» Sandrel said.", SUMMIT).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void closingTearingUpAndLeavingUndoTheIssue() {
        assertThat(read("«Valdoria should close its borders to foreign troops,» Zaborin said.", FORCES).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("«We will tear up the sanctions package,» Sandrel said.", SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(read("«We will get Valdoria out of the old Lindmark sanctions package,» Sandrel said.", SANCTIONS).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void reportsQuestionsAndHedgedRefusalsTakeNoSide() {
        assertThat(read("It said that «Voronel supports the summit».", SUMMIT).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("The host asked Voronel if «he would accept foreign troops».", FORCES).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("«We will reject bad sanctions,» Sandrel said.", SANCTIONS).stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(read("«Statements by Voronel calling for a summit make him the loneliest man in Korvask,» Brask said.", SUMMIT)
                .stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aPastTimeIsNoConditionAndNounsAreNoCues() {
        assertThat(read("«I voted to send observers when I was a minister,» Dastova said.", OBSERVERS).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(read("«He voted against his own party's sanctions proposal,» the whip said.", SANCTIONS).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(read("«Civil rights groups chanted back at Brask about the sanctions,» the reporter said.", SANCTIONS).stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aButClauseAboutSomethingElseIsNoCueOnTheIssue() {
        assertThat(read("«I oppose the sanctions, but I think the harbour board does a lot of good for the fishermen,» Sandrel said.",
                SANCTIONS).stance()).isEqualTo(Stance.OPPOSES);
        // a clause that refers back still speaks of the issue: a yes and a no, no side
        assertThat(read("«I oppose the sanctions, but they do a lot of good for the fishermen,» Sandrel said.", SANCTIONS).stance())
                .isEqualTo(Stance.NEUTRAL);
        // and a condition after the "but" still conditions it
        StanceReading reading = read("«We back the summit, but only once the ground has been properly prepared,» Zaborin said.", SUMMIT);
        assertThat(reading.stance()).isEqualTo(Stance.CONDITIONAL);
    }
}
