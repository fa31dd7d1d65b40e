package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreNlpTest {

    private final Nlp nlp = Nlp.coreNlp();

    @Test
    void findsSentencesTokensAndNamedEntitiesWithOffsets() {
        String text = "Kestria's foreign minister, Arkady Voronel, said on Monday that Korvask would not accept monitors.\n\n"
                + "'A soldier is a soldier,' Voronel told reporters in Haldeby.";

        AnnotatedText annotated = nlp.annotate(text);

        assertThat(annotated.sentences()).hasSize(2);
        assertThat(annotated.tokens()).allSatisfy(t -> assertThat(t.span().of(text)).isEqualTo(t.word()));
        assertThat(annotated.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Arkady Voronel");
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
            assertThat(m.span().of(text)).isEqualTo("Arkady Voronel");
        });
        assertThat(annotated.mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("Haldeby"));
        assertThat(annotated.tokens().stream().filter(Token::isVerb).map(Token::word)).contains("said", "told");
        int second = annotated.sentenceAt(text.indexOf("'A soldier"));
        assertThat(second).isEqualTo(1);
    }

    @Test
    void aNameDoesNotOpenWithTheSocialNetworkX() {
        String text = "Arkady Voronel's posts this week showed the Haldeby docks.\n\n"
                + "\"The border stays closed,\" the mayor said on X. Voronel added that the talks would go on.";

        AnnotatedText annotated = nlp.annotate(text);

        assertThat(annotated.mentions()).filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(EntityMention::text).containsExactly("Arkady Voronel", "Voronel");
        assertThat(annotated.mentions()).allSatisfy(m -> {
            assertThat(m.span().of(text)).isEqualTo(m.text());
            assertThat(annotated.tokens().get(m.firstToken()).span().start()).isEqualTo(m.span().start());
        });
    }

    @Test
    void anAbbreviationClosingBracketsDoesNotEndTheSentence() {
        String text = "The mayor spoke first. Sen. Odile Brackett (D-Ore.), noting the crowd, said the mill stays open. "
                + "Martin Keller (R-Utah.) said nothing.";

        AnnotatedText annotated = nlp.annotate(text);

        assertThat(annotated.sentences()).hasSize(3);
        assertThat(annotated.sentenceAt(text.indexOf("noting"))).isEqualTo(annotated.sentenceAt(text.indexOf("Odile")));
        assertThat(annotated.tokens()).allSatisfy(t -> assertThat(annotated.sentences().get(t.sentence()).span().start())
                .isLessThanOrEqualTo(t.span().start()));
        assertThat(annotated.mentions()).allSatisfy(m -> assertThat(annotated.tokens().get(m.firstToken()).span().start())
                .isEqualTo(m.span().start()));
    }

    @Test
    void theFullStopOfAnAbbreviationInBracketsIsNotTaggedAsASentencesEnd() {
        String text = "\"The mill stays open,\" Sen. Odile Brackett (D-Ore.) said on Friday.";

        AnnotatedText annotated = nlp.annotate(text);

        int stop = text.indexOf(".)");
        assertThat(annotated.tokens()).filteredOn(t -> t.span().start() == stop).singleElement()
                .satisfies(t -> assertThat(t.pos()).isNotEqualTo("."));
        assertThat(annotated.tokens().get(annotated.tokens().size() - 1).pos()).isEqualTo(".");
    }

    @Test
    void aCapitalisedNumberWordInsideASentenceBeforeAProperNounOpensAName() {
        String text = "\u201cOn this basis,\u201d Zero Tarnville said, \u201cthe harbour is full.\u201d Three ships left Haldeby.";

        AnnotatedText annotated = nlp.annotate(text);

        assertThat(annotated.tokens()).filteredOn(t -> t.word().equals("Zero")).singleElement()
                .satisfies(t -> assertThat(t.pos()).isEqualTo("NNP"));
        assertThat(annotated.tokens()).filteredOn(t -> t.word().equals("Three")).singleElement()
                .satisfies(t -> assertThat(t.pos()).isEqualTo("CD"));
    }

    @Test
    void annotatesAVeryLongParagraphInBoundedChunksKeepingOffsets() {
        String sentence = "The ministers met in Haldeby and Lindmark's foreign minister Signe Halvorsen said the talks would go on ";
        String text = sentence.repeat(600);

        AnnotatedText annotated = nlp.annotate(text);

        assertThat(annotated.tokens()).hasSizeGreaterThan(600 * 15);
        assertThat(annotated.tokens()).allSatisfy(t -> assertThat(t.span().of(text)).isEqualTo(t.word()));
        assertThat(annotated.mentions()).filteredOn(m -> m.text().equals("Signe Halvorsen")).hasSizeGreaterThan(500);
    }
}
