package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.SharedData;
import dev.dossier.clean.CleanOptions;
import dev.dossier.clean.Cleaners;
import dev.dossier.model.Attribution;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.RawDocument;
import dev.dossier.model.SpeakerKind;
import dev.dossier.nlp.Nlp;
import dev.dossier.pipeline.Cleaned;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Quality gate on the real seed pages: statements that must be found with their speakers (as the
 * text resolves them), anonymous sources that must stay anonymous.
 */
class SeedQuotesGateTest {

    /** A statement that must be found: a seed, the start of its words, and who said it ("" for an anonymous source). */
    record Expected(String seed, QuoteKind kind, String contentStart, String speaker) {}

    private static final List<Expected> EXPECTED = List.of(
            new Expected("000", QuoteKind.DIRECT, "To discuss security guarantees seriously without Russia", "Lavrov"),
            new Expected("000", QuoteKind.PARTIAL, "European diplomacy as 'aggressive escalation'", "Sergei Lavrov"),
            new Expected("000", QuoteKind.DIRECT, "I thought I'd first let them meet", "Trump"),
            new Expected("000", QuoteKind.DIRECT, "You can negotiate with anyone", "Putin"),
            new Expected("000", QuoteKind.DIRECT, "Putin will not meet Zelenskyy under the current circumstances", "Tatiana Stanovaya"),
            new Expected("000", QuoteKind.DIRECT, "He has repeatedly stated that such a meeting", "Tatiana Stanovaya"),
            new Expected("000", QuoteKind.DIRECT, "Simply put, Putin only sees value", "Alexei Mukhin"),
            new Expected("000", QuoteKind.DIRECT, "If Zelenskyy is unwilling to sign one", "Mukhin"),
            new Expected("000", QuoteKind.DIRECT, "The missile has undergone successful tests", "Zelenskyy"),
            new Expected("000", QuoteKind.DIRECT, "Now the signals from Russia are simply", "Zelenskyy"),
            new Expected("000", QuoteKind.DIRECT, "It is very hard, if not impossible", "Trump"),
            new Expected("000", QuoteKind.DIRECT, "After that, we'll have to maybe take a different tack", "Trump"),
            new Expected("000", QuoteKind.PARTIAL, "putting European troops in Ukraine to guarantee its security was 'foreign intervention'", "Sergei Lavrov"),
            new Expected("000", QuoteKind.DIRECT, "The presence of foreign troops in Ukraine is completely unacceptable", "Sergei Lavrov"),
            new Expected("000", QuoteKind.DIRECT, "It's not up to Lavrov to decide on security guarantees", ""),
            new Expected("000", QuoteKind.DIRECT, "We review all available information", "State Department"),
            new Expected("001", QuoteKind.DIRECT, "There is no meeting planned", "Sergei Lavrov"),
            new Expected("001", QuoteKind.INDIRECT, "that Putin is ready to meet with Zelenskyy to discuss peace terms", "Lavrov"),
            new Expected("001", QuoteKind.DIRECT, "The Russians are trying to do anything to avoid", "Zelenskyy"),
            new Expected("001", QuoteKind.DIRECT, "President Trump has made this a priority", "Rutte"),
            new Expected("001", QuoteKind.DIRECT, "I mean, the discussion all about what Ukraine should give up", "Kallas"),
            new Expected("001", QuoteKind.DIRECT, "Russia is just dragging feet", "Kallas"),
            new Expected("001", QuoteKind.DIRECT, "National power is less about missiles", "Ali Khamenei"),
            new Expected("001", QuoteKind.DIRECT, "I have decided to stand down", "Allan"),
            new Expected("002", QuoteKind.DIRECT, "We explained today that the appearance of armed forces", "Lavrov"),
            new Expected("002", QuoteKind.DIRECT, "No matter how difficult it is for us", "Volodymyr Zelensky"),
            new Expected("003", QuoteKind.DIRECT, "There may be no second meeting", "Trump"),
            new Expected("003", QuoteKind.DIRECT, "I have told my colleagues", "Zelensky"),
            new Expected("003", QuoteKind.DIRECT, "For three and a bit years", "Starmer"),
            new Expected("003", QuoteKind.DIRECT, "The ball is now in Putin's court", "Mark Rutte"),
            new Expected("003", QuoteKind.DIRECT, "We also discussed in considerable detail the security guarantees", "Volodymyr Zelenskyy"),
            new Expected("003", QuoteKind.DIRECT, "WhatsApp is private, end-to-end encrypted", "WhatsApp"),
            new Expected("004", QuoteKind.DIRECT, "You have my assurance, and I'm president", "Trump"),
            new Expected("004", QuoteKind.PARTIAL, "that any foreign troops deployed to Ukraine", "Vladimir Putin"));

    /** An attribution with the text it was found in. */
    record Found(String seed, String text, Attribution attribution) {
        /** The statement's words without an opening mark: a statement the writer finishes keeps its quoted words between their marks. */
        String content() {
            return attribution.content().of(text).replaceFirst("^[\"“‘']", "");
        }

        String speaker() {
            return attribution.resolvedSource() == null ? null : attribution.resolvedSource().of(text);
        }
    }

    @TestFactory
    Stream<DynamicTest> statementsOfTheSeedsAreFoundWithTheirSpeakers() throws IOException {
        Path seeds = SharedData.require("seeds");
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                String seed = file.getFileName().toString().substring(0, 3);
                Cleaned cleaned = Cleaners.standard(CleanOptions.defaults()).clean(new RawDocument(Origin.ofFile(seed), Format.TEXT,
                        Files.readAllBytes(file), null, Instant.parse("2026-02-10T12:00:00Z"), Metadata.EMPTY));
                for (CleanArticle article : ((Cleaned.Articles) cleaned).articles()) {
                    for (Attribution attribution : Attributor.rules().attribute(Nlp.coreNlp().annotate(article.text()))) {
                        found.add(new Found(seed, article.text(), attribution));
                    }
                }
            }
        }
        return EXPECTED.stream().map(expected -> DynamicTest.dynamicTest(expected.seed() + ": " + expected.contentStart(), () -> {
            List<Found> matches = found.stream()
                    .filter(f -> f.seed().equals(expected.seed()))
                    .filter(f -> f.content().startsWith(expected.contentStart()))
                    .toList();
            assertThat(matches).as("statements starting '%s'", expected.contentStart()).isNotEmpty();
            Found match = matches.get(0);
            assertThat(match.attribution().kind()).isEqualTo(expected.kind());
            if (expected.speaker().isEmpty()) {
                assertThat(match.attribution().speakerKind()).isEqualTo(SpeakerKind.ANONYMOUS);
            } else {
                assertThat(match.speaker()).isEqualTo(expected.speaker());
            }
        }));
    }
}
