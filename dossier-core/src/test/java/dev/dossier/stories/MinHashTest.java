package dev.dossier.stories;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String WIRE = String.join("\n\n",
            "HALDEBY, March 11 (CWS) - The foreign ministers of Kestria and Valdoria met face to face on Wednesday for the first time since the war began.",
            "The talks at Ostervik Manor lasted four hours and ended without a joint statement, officials on both sides said.",
            "Valdorian Foreign Minister Janek Morav said the truce had to hold in Tesmir and along the river before anything else could be discussed.",
            "Kestrian Foreign Minister Arkady Voronel said his country came with open hands and would return for a second round if invited.",
            "Lindmark's foreign minister, who hosted the meeting, said both delegations had agreed to keep talking through their deputies.",
            "The ceasefire agreed in February has largely held, although both sides have reported drone flights over the river.",
            "More than 11,000 people have been killed since Kestrian forces crossed the Orsk in August 2024.");

    @Test
    void aCopyTrimmedByAParagraphIsNearlyTheSameText() {
        MinHash.Sketch original = MinHash.sketch(WIRE);
        MinHash.Sketch trimmed = MinHash.sketch(WIRE.substring(0, WIRE.lastIndexOf("\n\n")));

        assertThat(original.jaccard(original)).isEqualTo(1.0);
        assertThat(original.jaccard(trimmed)).isGreaterThan(0.7);
    }

    @Test
    void aCopyCutToItsLedeIsContainedInTheOriginalThoughTheirJaccardIsLow() {
        MinHash.Sketch original = MinHash.sketch(WIRE);
        String[] paragraphs = WIRE.split("\n\n");
        MinHash.Sketch lede = MinHash.sketch(paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n" + paragraphs[2]);

        assertThat(original.jaccard(lede)).isLessThan(0.6);
        assertThat(original.containment(lede)).isGreaterThan(0.8);
    }

    @Test
    void differentReportsOfTheSameEventShareAlmostNoShingles() {
        String other = "Two foreign ministers sat down in Haldeby on Wednesday, the first such meeting since fighting broke out "
                + "in the Orsk corridor. Neither side announced a breakthrough, but Lindmark said the talks would continue.";

        assertThat(MinHash.sketch(WIRE).jaccard(MinHash.sketch(other))).isLessThan(0.1);
    }

    @Test
    void aTextTooShortForAShingleMatchesNothing() {
        MinHash.Sketch tiny = MinHash.sketch("Talks end.");

        assertThat(tiny.shingles()).isZero();
        assertThat(tiny.jaccard(tiny)).isZero();
        assertThat(tiny.containment(MinHash.sketch(WIRE))).isZero();
    }

    @Test
    void caseAndPunctuationDoNotMakeACopyDifferent() {
        assertThat(MinHash.sketch(WIRE.toUpperCase(java.util.Locale.ROOT).replace(". ", "! ")).jaccard(MinHash.sketch(WIRE)))
                .isEqualTo(1.0);
    }

    @Property(tries = 200)
    void similarityIsSymmetricAndBetweenZeroAndOne(@ForAll String a, @ForAll String b) {
        MinHash.Sketch x = MinHash.sketch(a);
        MinHash.Sketch y = MinHash.sketch(b);

        assertThat(x.jaccard(y)).isBetween(0.0, 1.0).isEqualTo(y.jaccard(x));
        assertThat(x.containment(y)).isBetween(0.0, 1.0);
        for (int band = 0; band < MinHash.BANDS; band++) {
            assertThat(x.bandKey(band)).isEqualTo(MinHash.sketch(a).bandKey(band));
        }
    }
}
