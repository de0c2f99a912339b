package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** The client arrived for a confirmed booking: session-service started the session. */
public record BookingCheckedIn(BookingId bookingId, StatusChange change, Journey journey) implements BookingStatusEvent {
}
