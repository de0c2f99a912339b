package io.clinicflow.booking.practitioners;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A stretch of time in which a practitioner cannot be booked anywhere. */
public record TimeOff(UUID id, PractitionerId practitionerId, Instant startsAt, Instant endsAt) {

    public TimeOff {
        Objects.requireNonNull(practitionerId, "practitionerId");
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("Time off must end after it starts");
        }
    }
}
