package io.clinicflow.booking.bookings;

import java.util.EnumSet;
import java.util.Set;

/** Where a booking stands (DESIGN §7, plus ABANDONED: a started session that was stopped). */
public enum BookingStatus {
    PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED, DEFERRED, DECLINED, CANCELLED, CHECKED_IN,
    COMPLETED, NO_SHOW, ABANDONED;

    private static final Set<BookingStatus> HOLDING =
            EnumSet.of(PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED, CHECKED_IN);
    private static final Set<BookingStatus> SCREENABLE =
            EnumSet.of(PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED);
    private static final Set<BookingStatus> OPEN =
            EnumSet.of(PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED, DEFERRED);

    /** A booking in these statuses keeps its practitioner's slot (and buffer) from anyone else (DESIGN §4). */
    public boolean holdsSlot() {
        return HOLDING.contains(this);
    }

    /** A (new) screening outcome still counts until the client checked in or the booking ended. */
    boolean acceptsScreening() {
        return SCREENABLE.contains(this);
    }

    /** Not yet taken place nor ended: the booking can still be cancelled or moved. */
    boolean isOpen() {
        return OPEN.contains(this);
    }

    /** A session of its course that took place or is still to come: course spacing and numbering count it. */
    boolean countsForCourse() {
        return HOLDING.contains(this) || this == COMPLETED;
    }
}
