package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fragment in the sentence after a quotation, with no cue of its own, goes on with that statement. */
class ContinuationTest {

    @Test
    void aFragmentInTheNextSentenceIsTheSameSpeakersUnderTheSameCue() {
        String text = "\"The ferry is late again,\" said Ola Brandt, the harbour master. "
                + "Now it is \"no better than a rowing boat with a flag.\"";

        List<Attribution> attributions = Attributed.in(text);

        assertThat(attributions).hasSize(2);
        Attribution rest = attributions.get(1);
        assertThat(rest.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(rest.content().of(text)).isEqualTo("Now it is \"no better than a rowing boat with a flag.\"");
        assertThat(rest.cue()).isEqualTo(attributions.get(0).cue());
        assertThat(rest.source().of(text)).isEqualTo("Ola Brandt");
    }

    @Test
    void aScareQuoteATitleOrAnotherParagraphIsNoContinuation() {
        assertThat(Attributed.in("\"The ferry is late again,\" said Ola Brandt. The board meets its \"at-large\" members today."))
                .hasSize(1);
        assertThat(Attributed.in("\"The ferry is late again,\" said Ola Brandt. The board read \"The Harbour Master's Year\" aloud."))
                .hasSize(1);
        assertThat(Attributed.in("\"The ferry is late again,\" said Ola Brandt.\n\nNow it is \"no better than a rowing boat with a flag.\""))
                .hasSize(1);
    }
}
