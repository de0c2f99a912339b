package io.clinicflow.session.bookings;

import java.time.Instant;

/** booking-service moved a booking to another slot, possibly with another practitioner. */
public record BookingMove(BookingId bookingId, String practitionerId, Instant startsAt, Instant endsAt) {
}
