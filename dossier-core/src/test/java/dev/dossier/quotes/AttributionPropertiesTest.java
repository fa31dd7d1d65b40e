package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.model.SpeakerKind;
import dev.dossier.nlp.Nlp;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the quote rules on any text: no failure, and every span inside the text. */
class AttributionPropertiesTest {

    @Property(tries = 200)
    void quotationMarksAlwaysGiveSpansInsideTheText(@ForAll("texts") String text) {
        for (QuoteMarks.Found found : QuoteMarks.scan(text)) {
            assertThat(found.whole().fitsWithin(text.length())).isTrue();
            assertThat(found.content().start()).isGreaterThanOrEqualTo(found.whole().start());
            assertThat(found.content().end()).isLessThanOrEqualTo(found.whole().end());
        }
    }

    @Property(tries = 60)
    void attributionsPointIntoTheTextAndNameAnonymousSourcesNobody(@ForAll("texts") String text) {
        for (Attribution attribution : Attributor.rules().attribute(Nlp.coreNlp().annotate(text))) {
            assertThat(attribution.content().fitsWithin(text.length())).isTrue();
            if (attribution.source() != null) {
                assertThat(attribution.source().fitsWithin(text.length())).isTrue();
            }
            if (attribution.speakerKind() == SpeakerKind.ANONYMOUS) {
                assertThat(attribution.resolvedSource()).isNull();
            }
        }
    }

    /** Sentences of news-like words, names, cues and every kind of quotation mark, unbalanced ones included. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("Voronel", "said", "told reporters", "a senior diplomat", "he", "she", "that",
                "\"", "“", "”", "'", "‘", "’", "«", "»", "„", ",", ".", ":", "\n\n", "the talks", "in Haldeby", "on Wednesday",
                "Miren Dastova", "according to", "officials", "We will", "not", "go", "It's", "leaders'", "—");
        return piece.list().ofMinSize(1).ofMaxSize(40).map(pieces -> String.join(" ", pieces));
    }
}
