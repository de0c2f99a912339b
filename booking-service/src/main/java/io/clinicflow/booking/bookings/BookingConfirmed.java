package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** Screening cleared the client: the session will happen. */
public record BookingConfirmed(BookingId bookingId, StatusChange change, Journey journey)
        implements BookingEvent, BookingStatusEvent {
}
