package io.clinicflow.booking.bookings;

import java.util.EnumSet;
import java.util.Set;

/** Where a booking stands (DESIGN §7). */
public enum BookingStatus {
    PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED, DEFERRED, DECLINED, CANCELLED, CHECKED_IN,
    COMPLETED, NO_SHOW;

    private static final Set<BookingStatus> HOLDING =
            EnumSet.of(PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED, CHECKED_IN);
    private static final Set<BookingStatus> SCREENABLE =
            EnumSet.of(PENDING_SCREENING, AWAITING_DECLARATION, PENDING_REVIEW, CONFIRMED);

    /** A booking in these statuses keeps its practitioner's slot (and buffer) from anyone else (DESIGN §4). */
    public boolean holdsSlot() {
        return HOLDING.contains(this);
    }

    /** A (new) screening outcome still counts until the client checked in or the booking ended. */
    boolean acceptsScreening() {
        return SCREENABLE.contains(this);
    }
}
