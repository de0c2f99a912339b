package io.clinicflow.booking.offers;

/** The slot asked for was taken meanwhile; the answer lists the window's current free slots (409). */
public class OfferSlotTaken extends RuntimeException {

    private final OfferId offerId;

    OfferSlotTaken(OfferId offerId, String message) {
        super(message);
        this.offerId = offerId;
    }

    OfferId offerId() {
        return offerId;
    }
}
