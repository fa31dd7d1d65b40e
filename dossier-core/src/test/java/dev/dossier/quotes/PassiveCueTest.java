package dev.dossier.quotes;

import static dev.dossier.quotes.Attributed.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A passive cue's subject was spoken to: the speaker is the agent after "by", or no one in the sentence. */
class PassiveCueTest {

    @Test
    void theAgentOfAPassiveCueIsTheSpeaker() {
        assertThat(speakers("Kolber was asked by the host of the Orsk morning show whether the ferries would \"run all winter.\""))
                .containsExactly("the host");
    }

    @Test
    void aPassiveCueWithoutAnAgentLeavesTheSpeakerUnknown() {
        assertThat(speakers("At a meeting in Orsk on Friday, Ivo Kolber was asked, \"Will the harbour close this year?\""))
                .isEqualTo(Arrays.asList((String) null));
    }
}
