package io.clinicflow.booking.crm;

import io.clinicflow.booking.bookings.BookingStatus;

/**
 * Where a client stands, as the CRM may know it (ADR 0027). Coarser than {@link BookingStatus} on purpose: a review,
 * a deferral or a decline, and how a started session went, are clinical and stay inside ClinicFlow.
 */
public enum JourneyStage {
    REGISTERED, BOOKED, CONFIRMED, NOT_CONFIRMED, CANCELLED, ATTENDED, NO_SHOW, OFFERED, OFFER_ACCEPTED, OFFER_EXPIRED;

    /**
     * The stage a booking status shows. Waiting for a declaration or a review is still BOOKED (not yet confirmed);
     * deferred and declined are both NOT_CONFIRMED (the clinic contacts the client); a started session is ATTENDED
     * whether it was completed or abandoned.
     */
    public static JourneyStage of(BookingStatus status) {
        return switch (status) {
            case PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW -> BOOKED;
            case CONFIRMED -> CONFIRMED;
            case DEFERRED, DECLINED -> NOT_CONFIRMED;
            case CANCELLED -> CANCELLED;
            case CHECKED_IN, COMPLETED, ABANDONED -> ATTENDED;
            case NO_SHOW -> NO_SHOW;
        };
    }
}
