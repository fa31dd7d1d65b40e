package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Paragraph;
import dev.dossier.pipeline.Cleaned;
import dev.dossier.pipeline.Cleaner;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of cleaning that must hold for any input, not just the fixtures. */
class CleaningPropertiesTest {

    private final Cleaner cleaner = Cleaners.standard(CleanOptions.defaults());

    @Property(tries = 300)
    void spansStayInsideTheirTexts(@ForAll("pages") String page, @ForAll("formats") Format format) {
        byte[] raw = page.getBytes(StandardCharsets.UTF_8);
        Cleaned cleaned = cleaner.clean(CleanerFixtures.document(raw, format, Metadata.EMPTY));
        if (cleaned instanceof Cleaned.Articles articles) {
            String decoded = new String(raw, StandardCharsets.UTF_8);
            for (CleanArticle article : articles.articles()) {
                for (Paragraph paragraph : article.paragraphs()) {
                    assertThat(paragraph.text().fitsWithin(article.text().length())).isTrue();
                    assertThat(paragraph.raw().fitsWithin(decoded.length())).isTrue();
                    assertThat(paragraph.text().length()).isPositive();
                }
            }
        }
    }

    @Property(tries = 300)
    void cleaningCleanTextChangesNothing(@ForAll("pages") String page) {
        Cleaned once = cleaner.clean(CleanerFixtures.document(page.getBytes(StandardCharsets.UTF_8), Format.TEXT, Metadata.EMPTY));
        if (once instanceof Cleaned.Articles articles) {
            CleanArticle first = articles.articles().get(0);
            Metadata sameTitle = new Metadata(first.title(), null, null, null, null, null);
            Cleaned twice = cleaner.clean(CleanerFixtures.document(first.text().getBytes(StandardCharsets.UTF_8), Format.TEXT, sameTitle));
            assertThat(twice).isInstanceOf(Cleaned.Articles.class);
            CleanArticle second = ((Cleaned.Articles) twice).articles().get(0);
            assertThat(second.text()).isEqualTo(first.text());
            assertThat(second.id()).isEqualTo(first.id());
        }
    }

    /**
     * Found by the property above: lines the article leaves out (the title and a line again) had
     * pushed a line that reads as a byline out of the head's six lines, and cleaning the output,
     * without them, took it for the byline.
     */
    @Example
    void linesTheArticleLeavesOutDoNotPushABylineOutOfTheHead() {
        cleaningCleanTextChangesNothing("!\n!\n\"\n!\n!!\n!\n\"\nAA AA");
    }

    @Provide
    Arbitrary<Format> formats() {
        return Arbitraries.of(Format.TEXT, Format.HTML);
    }

    /** Pages of lines mixing prose, markup, furniture, blank lines, odd whitespace and quotes. */
    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(120),
                Arbitraries.strings().withChars("ab cdé\u00A0\t\u201C\u201D'\"<>/&\u200B\r").ofMaxLength(60),
                Arbitraries.of("Sign up to our newsletter", "Hashtags", "<p>A paragraph of markup.</p>",
                        "<div class=\"share\">Share</div>", "", "   ", "0:49", "'Quoted,' she said.",
                        "The talks resumed on Wednesday in Haldeby."));
        return line.list().ofMaxSize(25).map(lines -> String.join("\n", lines));
    }
}
