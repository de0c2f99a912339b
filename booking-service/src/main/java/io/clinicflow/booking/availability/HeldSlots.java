package io.clinicflow.booking.availability;

import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;

import java.time.Instant;
import java.util.List;

/** Where availability learns which times bookings hold; the bookings feature answers it. */
public interface HeldSlots {

    /** Held periods of the practitioner that overlap {@code [from, until)}. */
    List<HeldPeriod> heldBy(PractitionerId practitioner, Instant from, Instant until);

    /** Whether any booking at the location holds a slot that overlaps {@code [from, until)}. */
    boolean anyHeldAt(LocationId location, Instant from, Instant until);
}
