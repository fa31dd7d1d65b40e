package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetCountsTest {

    private final EvalPage page = new EvalPage("https://x.example/a", Path.of("a.html"),
            List.of("the talks resumed", "in Haldeby", "on Friday"), List.of("Sign up", "Most read"));

    @Test
    void countsSnippetsFoundAndMissedAsTrafilaturaDoes() {
        SnippetCounts counts = SnippetCounts.score(page, "Title\nThe minister said the talks resumed\n\nin   Haldeby. Sign up");

        assertThat(counts).isEqualTo(new SnippetCounts(2, 1, 1, 1));
        assertThat(counts.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(counts.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(counts.f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(counts.accuracy()).isCloseTo(3.0 / 5, within(1e-9));
    }

    @Test
    void anEmptyOutputMissesEverythingAndLeaksNothing() {
        SnippetCounts counts = SnippetCounts.score(page, "");

        assertThat(counts).isEqualTo(new SnippetCounts(0, 3, 0, 2));
        assertThat(counts.f1()).isZero();
    }

    @Test
    void collapsesWhitespaceIncludingNoBreakSpacesButNothingElse() {
        assertThat(SnippetCounts.normalize("in\u00A0 Haldeby\n\non\tFriday")).isEqualTo("in Haldeby on Friday");
        assertThat(SnippetCounts.missed(page, "The Talks Resumed in Haldeby on Friday")).containsExactly("the talks resumed");
        assertThat(SnippetCounts.leaked(page, "Most read: in Haldeby")).containsExactly("Most read");
    }

    @Test
    void sumsCountsOverPages() {
        SnippetCounts total = new SnippetCounts(1, 2, 3, 4).plus(new SnippetCounts(10, 20, 30, 40));

        assertThat(total).isEqualTo(new SnippetCounts(11, 22, 33, 44));
    }
}
