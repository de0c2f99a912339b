package io.clinicflow.booking.bookings;

import java.time.Instant;

/**
 * A booking's move from one status to another, with the times it holds after it: what a listener of the change needs
 * (the CRM shows a change only when its coarser stage changed, ADR 0027) without reading the booking back.
 */
public record StatusChange(BookingStatus from, BookingStatus to, Instant startsAt, Instant endsAt) {
}
