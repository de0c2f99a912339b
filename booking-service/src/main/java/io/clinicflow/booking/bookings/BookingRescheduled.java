package io.clinicflow.booking.bookings;

import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;

/** A booking moved to another slot and waits for screening against its new date. */
public record BookingRescheduled(BookingId bookingId, PractitionerId practitionerId, Instant startsAt, Instant endsAt,
                                 Instant previousStartsAt, Journey journey) implements BookingEvent {
}
