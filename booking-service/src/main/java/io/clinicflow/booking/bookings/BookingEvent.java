package io.clinicflow.booking.bookings;

import io.clinicflow.messaging.Journey;

/** A fact about a booking; sealed, so that the mapping to Avro cannot miss one. */
public sealed interface BookingEvent
        permits SessionBooked, BookingConfirmed, BookingHeldForReview, BookingDeferred, BookingDeclined {

    BookingId bookingId();

    Journey journey();
}
