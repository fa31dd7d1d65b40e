package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsGeneratorTest {

    @Test
    void sameSeedGivesSameArticles() {
        NewsGenerator one = new NewsGenerator(42);
        NewsGenerator other = new NewsGenerator(42);

        for (int i = 0; i < 20; i++) {
            assertThat(one.next()).isEqualTo(other.next());
        }
    }

    @Test
    void articlesHaveEightToFifteenParagraphsOfReportingAndSomeFurniture() {
        NewsGenerator generator = new NewsGenerator(1);

        for (int i = 0; i < 50; i++) {
            List<String> paragraphs = generator.next().paragraphs();
            long furniture = paragraphs.stream().filter(NewsGeneratorTest::isFurniture).count();
            assertThat(furniture).isBetween(1L, 3L);
            assertThat(paragraphs.size() - furniture)
                    .isBetween((long) NewsGenerator.MIN_PARAGRAPHS, (long) NewsGenerator.MAX_PARAGRAPHS);
        }
    }

    @Test
    void quotesComeInSeveralStyles() {
        NewsGenerator generator = new NewsGenerator(3);
        List<String> text = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            text.addAll(generator.next().paragraphs());
        }
        String all = String.join("\n", text);

        assertThat(all).contains("“", "”", "‘", "’", "\"", "'", " said", " told reporters", " described ", " added.");
    }

    @Test
    void urlsAreUniqueAcrossTheCorpus() {
        NewsGenerator generator = new NewsGenerator(5);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            urls.add(generator.next().url());
        }

        assertThat(urls).doesNotHaveDuplicates();
    }

    private static boolean isFurniture(String paragraph) {
        return paragraph.startsWith("MORE: ") || Lexicon.FURNITURE.contains(paragraph);
    }
}
