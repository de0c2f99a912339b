package io.clinicflow.booking.bookings;

/** What session-service's screening concluded for a booking (DESIGN §4, §5). */
public enum ScreeningOutcome {
    CLEARED, REVIEW_REQUIRED, DEFERRED, DECLINED, DECLARATION_REQUIRED
}
