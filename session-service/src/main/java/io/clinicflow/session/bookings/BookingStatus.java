package io.clinicflow.session.bookings;

import java.util.Set;

/** A booking's status as far as session-service has heard of it, plus the two it sets itself at the session. */
public enum BookingStatus {
    PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED, DEFERRED, DECLINED, CHECKED_IN, COMPLETED;

    /** A new declaration re-screens these: not declined, and the session has not begun. */
    public static final Set<BookingStatus> RESCREENABLE =
            Set.of(PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED, DEFERRED);
}
