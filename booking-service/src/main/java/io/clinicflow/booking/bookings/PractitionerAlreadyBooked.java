package io.clinicflow.booking.bookings;

import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.kernel.ConflictException;

import java.time.Instant;

/** The practitioner's slot (or its cleaning buffer) is held by another booking: 409. */
public class PractitionerAlreadyBooked extends ConflictException {

    PractitionerAlreadyBooked(PractitionerId practitioner, Instant startsAt) {
        super("Practitioner " + practitioner + " is not free for a session at " + startsAt);
    }
}
