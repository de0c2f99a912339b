package io.clinicflow.booking.availability;

import io.clinicflow.booking.practitioners.PractitionerId;

import java.time.Instant;
import java.util.Comparator;

/** A time a session can be booked with a practitioner. */
public record Slot(Instant startsAt, Instant endsAt, PractitionerId practitionerId) {

    public static final Comparator<Slot> EARLIEST_FIRST = Comparator.comparing(Slot::startsAt)
            .thenComparing(slot -> slot.practitionerId().value());
}
