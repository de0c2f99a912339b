package io.clinicflow.loadtest.volume;

import io.clinicflow.booking.bookings.BookingStatus;

import java.time.Duration;
import java.time.Instant;

/** Who cancelled a seeded booking, why and when: one in five by the clinic, the rest by the client. */
record Cancelled(String by, String reason, Instant at) {

    static Cancelled of(SeededBooking booking, Instant now) {
        if (booking.status() != BookingStatus.CANCELLED) {
            return null;
        }
        Instant until = booking.startsAt().isBefore(now) ? booking.startsAt() : now;
        Instant at = booking.bookedAt().plus(Duration.between(booking.bookedAt(), until).dividedBy(2));
        return booking.position() % 5 == 0 ? new Cancelled("CLINIC", "Practitioner unwell", at)
                : new Cancelled("CLIENT", "Cannot make it that day", at);
    }
}
