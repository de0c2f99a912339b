package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** The client did not come to a confirmed booking; the slot has passed. */
public record BookingMarkedNoShow(BookingId bookingId, StatusChange change, Journey journey)
        implements BookingEvent, BookingStatusEvent {
}
