package io.clinicflow.booking.offers;

import io.clinicflow.kernel.Journey;

/** A fact about a follow-up offer; sealed, so that the mapping to Avro cannot miss one. */
public sealed interface OfferEvent permits FollowUpOffered, FollowUpOfferAccepted, FollowUpOfferExpired {

    OfferId offerId();

    Journey journey();
}
