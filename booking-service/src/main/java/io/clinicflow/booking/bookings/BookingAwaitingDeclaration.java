package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** Screening found no valid health declaration; the slot stays held until one arrives. */
public record BookingAwaitingDeclaration(BookingId bookingId, Journey journey) implements BookingEvent {
}
