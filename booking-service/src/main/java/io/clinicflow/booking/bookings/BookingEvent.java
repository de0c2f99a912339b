package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.Journey;

/** A fact about a booking; sealed, so that the mapping to Avro cannot miss one. It never carries health details. */
public sealed interface BookingEvent
        permits SessionBooked, BookingConfirmed, BookingHeldForReview, BookingDeferred, BookingDeclined,
        BookingAwaitingDeclaration, BookingCancelled, BookingRescheduled, BookingMarkedNoShow {

    BookingId bookingId();

    Journey journey();
}
