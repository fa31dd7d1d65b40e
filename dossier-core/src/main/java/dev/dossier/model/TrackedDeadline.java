package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/** A deadline with what later coverage says of it: statements said after it was set that speak of the same thing. */
public record TrackedDeadline(Deadline deadline, List<QuoteRecord> followUps) {

    public TrackedDeadline {
        Objects.requireNonNull(deadline, "deadline");
        followUps = List.copyOf(followUps);
    }
}
