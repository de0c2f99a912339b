package io.clinicflow.booking.offers;

import java.time.LocalDate;

/** The healing milestones that lead to a follow-up offer, each with its own window. */
public enum HealingMilestone {
    NEXT_SESSION_ELIGIBLE, MAINTENANCE_DUE;

    OfferWindow window(LocalDate sessionDate, LocalDate reachedDate) {
        return switch (this) {
            case NEXT_SESSION_ELIGIBLE -> OfferWindow.forNextSession(sessionDate);
            case MAINTENANCE_DUE -> OfferWindow.forMaintenance(reachedDate);
        };
    }
}
