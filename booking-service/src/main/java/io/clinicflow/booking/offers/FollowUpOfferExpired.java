package io.clinicflow.booking.offers;

import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.kernel.Journey;

/** An open offer reached the end of its window unaccepted. */
public record FollowUpOfferExpired(OfferId offerId, BookingId sessionId, Journey journey) implements OfferEvent {
}
