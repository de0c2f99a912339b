package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** session-service reported a practitioner's review (event {@code eventId}); its outcome is CLEARED or DECLINED. */
public record ReviewDecision(String eventId, BookingId bookingId, ScreeningOutcome outcome, Review review,
                             Journey journey) {

    public ReviewDecision {
        if (outcome != ScreeningOutcome.CLEARED && outcome != ScreeningOutcome.DECLINED) {
            throw new IllegalArgumentException("A review clears or declines, it cannot answer " + outcome);
        }
    }
}
