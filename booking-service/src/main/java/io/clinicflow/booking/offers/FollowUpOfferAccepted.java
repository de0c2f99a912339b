package io.clinicflow.booking.offers;

import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;

/** The client accepted an offer; {@code bookingId} is the booking it made (at those times), screened like any other. */
public record FollowUpOfferAccepted(FollowUpOffer offer, BookingId bookingId, Instant startsAt, Instant endsAt,
                                   Journey journey) implements OfferEvent {

    @Override
    public OfferId offerId() {
        return offer.id();
    }
}
