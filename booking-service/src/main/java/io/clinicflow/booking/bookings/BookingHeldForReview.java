package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** Screening found a relative contraindication; the slot stays held until a practitioner reviews. */
public record BookingHeldForReview(BookingId bookingId, StatusChange change, Journey journey)
        implements BookingEvent, BookingStatusEvent {
}
