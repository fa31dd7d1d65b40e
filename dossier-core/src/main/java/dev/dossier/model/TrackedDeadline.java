package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A commitment tracked once: the deadline as first reported, the other statements that report the
 * same commitment (another outlet's account, a restatement nearer the day), and what later coverage
 * says of it: statements said after it was set that speak of the same thing.
 */
public record TrackedDeadline(Deadline deadline, List<Deadline> otherReports, List<QuoteRecord> followUps) {

    public TrackedDeadline {
        Objects.requireNonNull(deadline, "deadline");
        otherReports = List.copyOf(otherReports);
        followUps = List.copyOf(followUps);
    }
}
