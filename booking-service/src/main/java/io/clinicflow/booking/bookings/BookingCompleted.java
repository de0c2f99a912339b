package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** The session of a checked-in booking took place. */
public record BookingCompleted(BookingId bookingId, StatusChange change, Journey journey) implements BookingStatusEvent {
}
