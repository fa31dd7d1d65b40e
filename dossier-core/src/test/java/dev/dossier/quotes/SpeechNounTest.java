package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.model.SpeakerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fragments no verb of speech governs: a noun of speech with "that" introduces what its owner said
 * ("his claim that the mill 'will never close'"), a verb that characterises its object as quoted
 * words governs them before a cue later in the sentence does, and "According to SOURCE," credits
 * the clause after it.
 */
class SpeechNounTest {

    private static Attribution only(String text) {
        List<Attribution> found = Attributed.in(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aNamedOwnerSpeaksTheClauseAfterThat() {
        String text = "The council was asked about Ola Brandt's claim on Monday that the mill \"will never close\" again.";
        Attribution quote = only(text);
        assertThat(quote.content().of(text)).isEqualTo("that the mill \"will never close\" again");
        assertThat(quote.source().of(text)).isEqualTo("Ola Brandt");
        assertThat(quote.cue().of(text)).isEqualTo("claim");
    }

    @Test
    void aPossessivePronounResolvesToThePersonNamedBefore() {
        String text = "Ivo Kolber arrived late. Reporters pressed him over his remark that the harbour was \"a ruin.\"";
        Attribution quote = only(text);
        assertThat(quote.content().of(text)).isEqualTo("that the harbour was \"a ruin.\"");
        assertThat(quote.speakerKind()).isEqualTo(SpeakerKind.PRONOUN);
        assertThat(quote.resolvedSource().of(text)).isEqualTo("Ivo Kolber");
    }

    @Test
    void aJudgingVerbBeforeTheNounLeavesTheWordsToTheOwner() {
        String text = "Tadeo mocked Ola Brandt's assertion that the levy was \"a fair price\" for the port.";
        assertThat(only(text).source().of(text)).isEqualTo("Ola Brandt");
    }

    @Test
    void aVerbOfSpeechBeforeTheNounKeepsItsOwnSpeaker() {
        String text = "Tadeo said in his statement that the ferry had been \"streamlined\" for winter.";
        Attribution quote = only(text);
        assertThat(quote.source().of(text)).isEqualTo("Tadeo");
        assertThat(quote.cue().of(text)).isEqualTo("said");
    }

    @Test
    void aRelativeThatIsNoStartOfWhatWasSaid() {
        String text = "The council posted a statement that showed the \"harbour first\" logo.";
        assertThat(Attributed.in(text)).allSatisfy(a -> assertThat(a.cue() == null ? "" : a.cue().of(text)).isNotEqualTo("statement"));
    }

    @Test
    void aCharacterisingVerbGovernsItsFragmentBeforeACueLaterInTheSentence() {
        String text = "Tadeo summed up the levy as \"a disgrace,\" denounced the council and said it should resign.";
        Attribution quote = Attributed.in(text).get(0);
        assertThat(quote.content().of(text)).isEqualTo("the levy as \"a disgrace,\"");
        assertThat(quote.source().of(text)).isEqualTo("Tadeo");
    }

    @Test
    void aFragmentAfterAccordingToIsTheSourcesClause() {
        String text = "According to his longtime doctor, the mayor had \"remarkably good\" results in his latest exam.";
        Attribution quote = only(text);
        assertThat(quote.content().of(text)).isEqualTo("the mayor had \"remarkably good\" results in his latest exam");
        assertThat(quote.source().of(text)).isEqualTo("his longtime doctor");
        assertThat(quote.cue().of(text)).isEqualTo("According to");
    }
}
