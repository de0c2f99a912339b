package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

import java.time.LocalDate;

/** Screening found a contraindication that passes by a known date; the slot is free again. */
public record BookingDeferred(BookingId bookingId, LocalDate earliestEligibleDate, StatusChange change,
                              Journey journey) implements BookingEvent, BookingStatusEvent {
}
