package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pairs of Dossier's quotations the evaluation joins into PolNeAR's one content. */
class AttributionSystemTest {

    private static final String TEXT = "“The mill stays open,” Brandt told the Orsk Courier on Monday, after the council had voted. "
            + "“The contracts are binding.”\n\n“We will not close it.”\n\nThe council met.\n\n“Never.”";

    private final TextSpan brandt = span("Brandt");
    private final TextSpan told = span("told");
    private final Attribution first = direct("The mill stays open,", told, brandt);

    @Test
    void joinsTheRestOfAQuotationLaterInItsParagraph() {
        assertThat(AttributionSystem.continues(TEXT, first, direct("The contracts are binding.", null, brandt))).isTrue();
        assertThat(AttributionSystem.continues(TEXT, first, direct("The contracts are binding.", told, brandt))).isTrue();
    }

    @Test
    void joinsAContinuationOpeningTheNextParagraphWithNoCueOfItsOwn() {
        Attribution second = direct("The contracts are binding.", null, brandt);

        assertThat(AttributionSystem.continues(TEXT, second, direct("We will not close it.", null, brandt))).isTrue();
        assertThat(AttributionSystem.continues(TEXT, second, direct("We will not close it.", span("council"), brandt))).isFalse();
    }

    @Test
    void keepsApartAnotherSpeakerAnotherCueAndAParagraphFurtherOn() {
        Attribution third = direct("We will not close it.", null, brandt);

        assertThat(AttributionSystem.continues(TEXT, first, direct("The contracts are binding.", null, span("Orsk Courier"))))
                .isFalse();
        assertThat(AttributionSystem.continues(TEXT, first, direct("The contracts are binding.", span("voted"), brandt))).isFalse();
        assertThat(AttributionSystem.continues(TEXT, third, direct("Never.", null, brandt))).isFalse();
        assertThat(AttributionSystem.continues(TEXT, null, third)).isFalse();
    }

    @Test
    void joinsAcrossAPartialQuotationAndOpensASplitWithAPartialOneItsCueFollows() {
        String text = "Still, the mills are “barely scraping by,” Brandt said, who noted that prices had “collapsed.” "
                + "“Nobody builds one now.”";
        TextSpan brandt = Phrase.in(text, "Brandt");
        TextSpan said = Phrase.in(text, "said");
        Attribution lead = named(QuoteKind.PARTIAL, text, "Still, the mills are “barely scraping by,”", said, brandt);
        Attribution aside = named(QuoteKind.PARTIAL, text, "collapsed.", Phrase.in(text, "noted"), brandt);
        Attribution rest = named(QuoteKind.DIRECT, text, "Nobody builds one now.", null, brandt);

        List<PredictedAttribution> joined = AttributionSystem.joined(text, List.of(lead, aside, rest));

        assertThat(joined).hasSize(2);
        assertThat(joined.get(0).content().pieces()).containsExactly(lead.content(), rest.content());
        assertThat(AttributionSystem.opensSplit(aside)).isFalse();
    }

    @Test
    void joinsAFragmentUnderTheSameCueFromALaterSentenceButNotFromTheCuesOwn() {
        String text = "“The ferry is late,” said Brandt, who called it “a rowing boat.” Now it is “no better than a raft.”";
        TextSpan brandt = Phrase.in(text, "Brandt");
        TextSpan said = Phrase.in(text, "said");
        Attribution lead = named(QuoteKind.DIRECT, text, "The ferry is late,", said, brandt);
        Attribution aside = named(QuoteKind.PARTIAL, text, "it “a rowing boat.”", said, brandt);
        Attribution rest = named(QuoteKind.PARTIAL, text, "Now it is “no better than a raft.”", said, brandt);

        assertThat(AttributionSystem.continues(text, lead, rest)).isTrue();
        assertThat(AttributionSystem.continues(text, lead, aside)).isFalse();
    }

    @Test
    void joinsQuotationsWithNothingButMarksOrAnAndBetweenThem() {
        String text = "The crowd chanted “Rebuild the pier,” “Now,” and “Brandt out.”\n\n“Go home.”";
        TextSpan crowd = Phrase.in(text, "The crowd");
        TextSpan chanted = Phrase.in(text, "chanted");
        Attribution pier = named(QuoteKind.DIRECT, text, "Rebuild the pier,", chanted, crowd);
        Attribution now = unattributed(text, "Now,");
        Attribution out = unattributed(text, "Brandt out.");
        Attribution home = unattributed(text, "Go home.");

        assertThat(AttributionSystem.adjoins(text, pier, now)).isTrue();
        assertThat(AttributionSystem.adjoins(text, now, out)).isTrue();
        assertThat(AttributionSystem.adjoins(text, out, home)).isFalse();
        assertThat(AttributionSystem.joined(text, List.of(pier, now, out, home))).hasSize(2);
    }

    /** Quoted {@code words} of {@code text} credited to {@code speaker} by {@code cue}. */
    private static Attribution named(QuoteKind kind, String text, String words, TextSpan cue, TextSpan speaker) {
        return new Attribution(kind, Phrase.in(text, words), cue, speaker, SpeakerKind.NAMED, speaker);
    }

    /** Quoted {@code words} of {@code text} with no cue and no speaker. */
    private static Attribution unattributed(String text, String words) {
        return new Attribution(QuoteKind.DIRECT, Phrase.in(text, words), null, null, SpeakerKind.UNKNOWN, null);
    }

    private static Attribution direct(String content, TextSpan cue, TextSpan speaker) {
        return new Attribution(QuoteKind.DIRECT, span(content), cue, speaker, SpeakerKind.NAMED, speaker);
    }

    private static TextSpan span(String words) {
        return Phrase.in(TEXT, words);
    }
}
