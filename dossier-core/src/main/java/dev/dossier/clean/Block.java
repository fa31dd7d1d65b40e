package dev.dossier.clean;

import dev.dossier.model.TextSpan;
import java.util.Objects;

/** A paragraph candidate: its text as extracted, and its span in the decoded raw input. */
record Block(String text, TextSpan raw) {

    Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(raw, "raw");
    }
}
