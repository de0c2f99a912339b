package io.clinicflow.booking.offers;

import io.clinicflow.kernel.Journey;

/** An open offer reached the end of its window unaccepted. */
public record FollowUpOfferExpired(FollowUpOffer offer, Journey journey) implements OfferEvent {

    @Override
    public OfferId offerId() {
        return offer.id();
    }
}
