package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** Screening found no valid health declaration; the slot stays held until one arrives. */
public record BookingAwaitingDeclaration(BookingId bookingId, StatusChange change, Journey journey)
        implements BookingEvent, BookingStatusEvent {
}
