package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** session-service screened a booking (event {@code eventId}); the front desk applies the outcome. */
public record ScreeningDecision(String eventId, BookingId bookingId, Screening screening, Journey journey) {
}
