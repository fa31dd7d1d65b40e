package dev.dossier.model;

import java.util.Locale;
import java.util.Optional;

/** The input formats Dossier reads; sniffed from content, or named by the user. */
public enum Format {
    TEXT,
    HTML,
    FEED,
    WARC,
    JSONL;

    /** The name users type ({@code --format html}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> fromCliName(String name) {
        for (Format format : values()) {
            if (format.cliName().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        if ("rss".equalsIgnoreCase(name.strip()) || "atom".equalsIgnoreCase(name.strip())) {
            return Optional.of(FEED);
        }
        return Optional.empty();
    }
}
