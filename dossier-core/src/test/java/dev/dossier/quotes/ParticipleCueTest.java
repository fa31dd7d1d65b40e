package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A participle cue has no subject of its own: it shares the main clause's, never its object's or a subordinate clause's. */
class ParticipleCueTest {

    @Test
    void thePhraseAfterAParticipleThatFollowsTheQuotationIsItsObject() {
        assertThat(speakers("Ola Brandt said the ferry will keep running, and said, \"We will find the money,\" "
                + "promising the harbour board a new boat by May.")).containsExactly("Ola Brandt");
    }

    @Test
    void aParticipleHangsFromTheMainClauseNotFromAClauseThatAfterOpens() {
        assertThat(speakers("Kolber spoke on the radio in Orsk after the harbour board finally approved the plan, remarking "
                + "that the vote was \"long overdue.\"")).containsExactly("Kolber");
    }

    @Test
    void aParticipleHangsFromTheMainClauseNotFromAThatClauseWithALongSubject() {
        assertThat(speakers("Ivo Kolber told the council that the fees at the Orsk harbour were \"far too high,\" "
                + "adding that the ferries had \"no future\" under it.")).containsExactly("Ivo Kolber", "Ivo Kolber");
    }
}
