package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class BratAttributionsTest {

    private static final String TEXT = "\"We will win,\" Trump said. \"Believe me.\"\nOfficials said the vote was fair.";

    @Test
    void readsContentCueAndSourceWithDiscontinuousContentAndAttributionsWithoutSource() {
        String annotations = String.join("\n",
                "T1\tContent 0 14;27 40\t\"We will win,\" \"Believe me.\"",
                "T2\tSource 15 20\tTrump",
                "T3\tCue 21 25\tsaid",
                "T4\tAttribution 21 25\tsaid",
                "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
                "T5\tCue 51 55\tsaid",
                "T6\tContent 56 73\tthe vote was fair",
                "T7\tAttribution-no-source 51 55\tsaid",
                "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
                "T8\tDiscard 0 5\t\"We w",
                "");

        BratAttributions.Result result = BratAttributions.parse(annotations, TEXT);

        assertThat(result.mismatches()).isEmpty();
        assertThat(result.spansChecked()).isEqualTo(8);
        assertThat(result.attributions()).hasSize(2);
        GoldAttribution quote = result.attributions().get(0);
        assertThat(quote.content().pieces()).containsExactly(new TextSpan(0, 14), new TextSpan(27, 40));
        assertThat(quote.source().of(TEXT)).isEqualTo("Trump");
        assertThat(quote.cue().of(TEXT)).isEqualTo("said");
        assertThat(quote.direct()).isTrue();
        GoldAttribution indirect = result.attributions().get(1);
        assertThat(indirect.source()).isNull();
        assertThat(indirect.direct()).isFalse();
    }

    @Test
    void piecesListedOutOfOrderAndASecondContentAreJoinedInTextOrder() {
        String annotations = String.join("\n",
                "T1\tContent 27 40;0 14\t\"Believe me.\" \"We will win,\"",
                "T2\tContent 56 73\tthe vote was fair",
                "E1\tAttribution:T1 Content:T1 Content2:T2");

        BratAttributions.Result result = BratAttributions.parse(annotations, TEXT);

        assertThat(result.mismatches()).isEmpty();
        assertThat(result.attributions().get(0).content().pieces())
                .containsExactly(new TextSpan(0, 14), new TextSpan(27, 40), new TextSpan(56, 73));
    }

    @Test
    void aSpanTextWithALineBreakGoesOnOverTheNextLines() {
        String annotations = "T1\tContent 27 50\t\"Believe me.\"\nOfficials\nE1\tAttribution:T1 Content:T1\n";

        BratAttributions.Result result = BratAttributions.parse(annotations, TEXT);

        assertThat(result.mismatches()).isEmpty();
        assertThat(result.attributions()).hasSize(1);
    }

    @Test
    void offsetsCountCodePointsAsBratDoes() {
        String text = "\uD83D\uDE00 Trump said \"yes.\"";
        String annotations = "T1\tSource 2 7\tTrump\nT2\tContent 13 19\t\"yes.\"\nE1\tAttribution:T2 Content:T2 Source:T1\n";

        BratAttributions.Result result = BratAttributions.parse(annotations, text);

        assertThat(result.mismatches()).isEmpty();
        assertThat(result.attributions().get(0).source().of(text)).isEqualTo("Trump");
        assertThat(result.attributions().get(0).content().of(text)).isEqualTo("\"yes.\"");
    }

    @Test
    void aSpanWhoseTextDiffersIsReportedAndEventsWithoutContentAreCounted() {
        String annotations = "T1\tSource 15 20\tBiden\nT2\tCue 21 25\tsaid\nE1\tAttribution:T2 Cue:T2 Source:T1\nT3\tContent 70 90\tx\n";

        BratAttributions.Result result = BratAttributions.parse(annotations, TEXT);

        assertThat(result.mismatches()).hasSize(2).anySatisfy(m -> assertThat(m).contains("T1", "Biden"))
                .anySatisfy(m -> assertThat(m).contains("T3", "outside the text"));
        assertThat(result.attributions()).isEqualTo(List.of());
        assertThat(result.incomplete()).isEqualTo(1);
    }
}
