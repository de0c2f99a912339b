package io.clinicflow.booking.offers;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires offers whose window ended, by the business clock, every few seconds (ADR 0009). Expiry is one idempotent
 * update, so a sweep that runs twice, late, or on two instances at once expires each offer once.
 */
@Component
class OfferExpiryTask {

    private final FollowUpOffers followUpOffers;

    OfferExpiryTask(FollowUpOffers followUpOffers) {
        this.followUpOffers = followUpOffers;
    }

    @Scheduled(fixedDelayString = "${clinicflow.offers.expiry-sweep:PT5S}", initialDelayString = "PT5S")
    void expireEndedOffers() {
        followUpOffers.expireEnded();
    }
}
