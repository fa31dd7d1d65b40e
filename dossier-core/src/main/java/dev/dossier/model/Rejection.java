package dev.dossier.model;

import java.util.Objects;

/** A document (or record) that could not be turned into articles, with a one-line reason. */
public record Rejection(Origin origin, String reason) {

    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        if (reason.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a rejection reason is one line: " + reason);
        }
    }

    @Override
    public String toString() {
        return origin.label() + ": " + reason;
    }
}
