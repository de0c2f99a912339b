package io.clinicflow.session.bookings;

import java.util.Set;

/**
 * A booking's status as far as session-service has heard of it from booking-service, plus those it sets itself:
 * at the session (CHECKED_IN, COMPLETED, ABANDONED) and COURSE_STOPPED for the later bookings of an abandoned
 * session's course, until booking-service cancels them.
 */
public enum BookingStatus {
    PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED, DEFERRED, DECLINED, CANCELLED, NO_SHOW,
    CHECKED_IN, COMPLETED, ABANDONED, COURSE_STOPPED;

    /** A new declaration or a new date re-screens these: not declined or cancelled, and the session has not begun. */
    public static final Set<BookingStatus> RESCREENABLE =
            Set.of(PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED, DEFERRED);

    /** Once the session has begun, booking-service's later reactions no longer move the booking. */
    public static final Set<BookingStatus> SESSION_BEGUN = Set.of(CHECKED_IN, COMPLETED, ABANDONED);
}
