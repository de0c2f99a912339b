package io.clinicflow.booking.bookings;

import java.time.Instant;
import java.util.Objects;

/** A practitioner's review of a held booking: the decision (APPROVE or DECLINE), who made it and when. */
public record Review(String decision, String reviewerId, Instant reviewedAt) {

    public Review {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
    }
}
