package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cue after a quotation that stands some way off: past a party and state in brackets, past a
 * long description of the speaker, and past an invisible mark before the quotation; and a cue
 * that only looks like the quotation's, opening the next sentence.
 */
class CueAfterApartTest {

    private static List<String> attributions(String text) {
        return Attributed.in(text).stream()
                .map(a -> a.content().of(text) + " <- " + (a.source() == null ? null : a.source().of(text)))
                .toList();
    }

    @Test
    void aPartyAndStateInBracketsStandBetweenTheNameAndTheCue() {
        assertThat(attributions("\"It reminds us how much this vote matters,\" Sen. Ola Brandt (R-Fla.) said Saturday night."))
                .singleElement().asString().startsWith("It reminds us how much this vote matters,").endsWith("Ola Brandt");
    }

    @Test
    void aLongDescriptionOfTheSpeakerStandsBetweenTheQuotationAndTheCue() {
        assertThat(attributions("\"Nothing we could do now in the valley would make a difference,\" Ivo Marchetti, director of the "
                + "Flood Threats Project at the cautious Orsk Institute for River Studies, said in an interview."))
                .singleElement().asString().endsWith("<- Ivo Marchetti");
    }

    @Test
    void anInvisibleMarkBeforeTheOpeningQuoteIsNoWordOfTheStatement() {
        List<Attribution> found = Attributed.in(
                "Readers answered.\n\n\u202a”The mill must stay,” wrote Ola Brandt.");
        assertThat(found).singleElement().satisfies(a -> assertThat(a.content().start()).isEqualTo(21));
    }

    @Test
    void aCapitalisedPronounAfterAQuotationThatEndsItsSentenceOpensTheNextStatement() {
        String text = "“We will not sell,” Ola Brandt said. “We like the mill.” She noted a vote planned for Friday.";

        List<Attribution> found = Attributed.in(text);

        assertThat(found).filteredOn(a -> a.content().of(text).equals("We like the mill."))
                .singleElement().satisfies(a -> assertThat(a.cue()).isNull());
    }

    @Test
    void wordsAPrepositionTakesHaveNoCueInTheVerbAfterThem() {
        assertThat(attributions("In \"one long winter,\" Ivo Brandt lost his boat and his nets.")).isEmpty();
        assertThat(attributions("In \"a decade or two,\" Brandt said, the harbour will be gone."))
                .isNotEmpty().allMatch(a -> a.endsWith("<- Brandt"));
    }

    @Test
    void aNameWithAnAppositionOfTwentyWordsStillReachesItsCue() {
        assertThat(attributions("\u201cThe harbour stays open for the winter,\u201d Brandt, the harbour master of Orsk since the great "
                + "storm and the leading candidate for mayor in the county by a wide margin after winning the spring vote, said on Monday."))
                .containsExactly("The harbour stays open for the winter, <- Brandt");
    }

    @Test
    void theWordsAfterACueThatClosesAnAppositionNameNoSpeaker() {
        assertThat(attributions("\u201cVery good questions, very good reporter,\u201d Brandt, the harbour master, said when Pirelli asked "
                + "about the ferries."))
                .containsExactly("Very good questions, very good reporter, <- Brandt");
    }

    @Test
    void aQuotationBetweenDashesWithItsOwnCueIsItsSpeakersNotTheSentencesFirstCue() {
        assertThat(attributions("Mr. Varga suggested Mr. Brandt had shown a fondness for harsh rulers like the old king - "
                + "''He would have loved the tsar,'' Mr. Varga said twice - and reminded the crowd of the stakes."))
                .containsExactly("He would have loved the tsar, <- Varga");
    }
}
