package io.clinicflow.booking.offers;

import io.clinicflow.kernel.Journey;

/** A client was offered follow-up slots. */
public record FollowUpOffered(FollowUpOffer offer, Journey journey) implements OfferEvent {

    @Override
    public OfferId offerId() {
        return offer.id();
    }
}
