package io.clinicflow.booking.offers;

public enum OfferStatus {
    OPEN, ACCEPTED, EXPIRED
}
