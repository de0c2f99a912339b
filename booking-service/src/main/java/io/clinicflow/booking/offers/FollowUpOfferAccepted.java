package io.clinicflow.booking.offers;

import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;

/** The client accepted an offer; {@code bookingId} is the booking it made, screened like any other. */
public record FollowUpOfferAccepted(OfferId offerId, BookingId bookingId, Instant startsAt, Journey journey)
        implements OfferEvent {
}
