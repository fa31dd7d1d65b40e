package dev.dossier.clean;

import dev.dossier.model.Published;

/**
 * How documents are cleaned.
 *
 * @param publishedOverride a publication time the user gave for every document
 *     ({@code --published}), or null
 */
public record CleanOptions(Published publishedOverride) {

    public static CleanOptions defaults() {
        return new CleanOptions(null);
    }
}
