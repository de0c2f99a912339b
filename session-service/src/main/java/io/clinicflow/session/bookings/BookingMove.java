package io.clinicflow.session.bookings;

import java.time.Instant;
import java.util.UUID;

/** booking-service moved a booking to another slot, possibly with another practitioner. */
public record BookingMove(UUID bookingId, String practitionerId, Instant startsAt, Instant endsAt) {
}
