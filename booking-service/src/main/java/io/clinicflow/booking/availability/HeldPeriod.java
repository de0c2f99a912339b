package io.clinicflow.booking.availability;

import java.time.Instant;

/** Time a practitioner cannot be booked: a holding booking from its start until its cleaning buffer ends. */
public record HeldPeriod(Instant from, Instant until) {

    boolean overlaps(Instant otherFrom, Instant otherUntil) {
        return from.isBefore(otherUntil) && otherFrom.isBefore(until);
    }
}
