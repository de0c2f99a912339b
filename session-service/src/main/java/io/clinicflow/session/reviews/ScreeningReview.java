package io.clinicflow.session.reviews;

import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.screening.ScreeningId;
import io.clinicflow.session.screening.ScreeningOutcome;

import java.time.Instant;
import java.util.UUID;

/** A practitioner's decision on one REVIEW_REQUIRED screening; {@code note} may be null for a DECLINE. */
public record ScreeningReview(UUID id, ScreeningId screeningId, BookingId bookingId, ReviewDecision decision,
                              UUID reviewerId, String note, Instant reviewedAt) {

    public ScreeningOutcome outcome() {
        return decision.outcome();
    }
}
