package io.clinicflow.booking.offers;

import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;

/** aftercare-service reports (event {@code eventId}) that a completed session reached a milestone. */
public record MilestoneReached(String eventId, BookingId sessionId, HealingMilestone milestone, Instant reachedAt,
                               Journey journey) {
}
