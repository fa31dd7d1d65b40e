package dev.dossier.stories;

import dev.dossier.embed.Embedder;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Fingerprint;
import dev.dossier.model.Paragraph;

/**
 * Computes an article's {@link Fingerprint}: the embedding and the content words of its title and
 * lede (what a reader takes the story to be about) and the MinHash sketch of its whole text (what a
 * copy shares).
 * Thread-safe when its embedder is.
 */
public final class Fingerprinter {

    /** About the first hundred words: the lede of a news report, within the embedding model's window. */
    static final int LEDE_CHARACTERS = 600;

    private final Embedder embedder;

    public Fingerprinter(Embedder embedder) {
        this.embedder = embedder;
    }

    public int dimensions() {
        return embedder.dimensions();
    }

    public Fingerprint fingerprint(CleanArticle article) {
        MinHash.Sketch sketch = MinHash.sketch(article.text());
        String lede = lede(article);
        return new Fingerprint(embedder.embed(lede), LedeTerms.of(lede), sketch.mins(), sketch.shingles());
    }

    /** The title, then whole paragraphs from the top until about {@value #LEDE_CHARACTERS} characters. */
    static String lede(CleanArticle article) {
        StringBuilder lede = new StringBuilder(article.title() == null ? "" : article.title());
        for (Paragraph paragraph : article.paragraphs()) {
            if (lede.length() >= LEDE_CHARACTERS) {
                break;
            }
            if (!lede.isEmpty()) {
                lede.append('\n');
            }
            lede.append(article.text(), paragraph.text().start(), paragraph.text().end());
        }
        return lede.length() > 2 * LEDE_CHARACTERS ? lede.substring(0, 2 * LEDE_CHARACTERS) : lede.toString();
    }
}
