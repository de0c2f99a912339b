package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

import java.util.UUID;

/** A booking was cancelled and its slot freed; {@code courseCancelled}: the rest of its course stops too. */
public record BookingCancelled(BookingId bookingId, CancelledBy cancelledBy, String reason, UUID courseId,
                               boolean courseCancelled, StatusChange change, Journey journey)
        implements BookingEvent, BookingStatusEvent {
}
