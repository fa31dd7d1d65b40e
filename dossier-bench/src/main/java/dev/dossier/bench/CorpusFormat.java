package dev.dossier.bench;

import java.util.Locale;
import java.util.Optional;

/** The shapes in which the benchmark writes its synthetic corpus, one table row each. */
enum CorpusFormat {
    /** One plain-text file per article, as scrapers dump them. */
    TEXT,
    /** One full HTML page per article, with the site's navigation, share tools and footer. */
    HTML,
    /** One JSON Lines file holding every article, one object a line. */
    JSONL;

    /** The name users type ({@code --format html}). */
    String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CorpusFormat> fromCliName(String name) {
        for (CorpusFormat format : values()) {
            if (format.cliName().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
