package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** Screening declined the client; the slot is free again. */
public record BookingDeclined(BookingId bookingId, StatusChange change, Journey journey)
        implements BookingEvent, BookingStatusEvent {
}
