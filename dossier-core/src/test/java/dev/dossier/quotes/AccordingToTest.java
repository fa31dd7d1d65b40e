package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation that "according to" and its source introduce. */
class AccordingToTest {

    private static List<String> speakers(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text)).stream()
                .map(Attribution::source).map(s -> s == null ? null : s.of(text)).toList();
    }

    @Test
    void aPhraseThatOnlyDescribesTheSourceIntroducesTheQuotationAfterIt() {
        assertThat(speakers("The mill in Orsk was sold last spring. According to the newspaper, "
                + "\"The new owners will close the harbour in May and the ferries will stop.\"")).containsExactly("the newspaper");
    }
}
