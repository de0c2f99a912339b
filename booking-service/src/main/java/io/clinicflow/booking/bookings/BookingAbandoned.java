package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** The started session was stopped; the rest of its course is cancelled, each booking with its own event. */
public record BookingAbandoned(BookingId bookingId, StatusChange change, Journey journey) implements BookingStatusEvent {
}
