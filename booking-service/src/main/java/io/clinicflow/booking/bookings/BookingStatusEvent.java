package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/**
 * A fact that moved a booking from one status to another. Sealed, so that a projection of statuses cannot miss one;
 * check-in, completion and abandonment are among them though the booking topic does not carry them (session-service
 * told the others first).
 */
public sealed interface BookingStatusEvent
        permits BookingConfirmed, BookingHeldForReview, BookingDeferred, BookingDeclined, BookingAwaitingDeclaration,
        BookingCancelled, BookingMarkedNoShow, BookingCheckedIn, BookingCompleted, BookingAbandoned {

    BookingId bookingId();

    StatusChange change();

    Journey journey();
}
