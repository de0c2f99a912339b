package io.clinicflow.session.reviews;

import io.clinicflow.session.screening.ScreeningOutcome;

/** A practitioner's answer to a REVIEW_REQUIRED screening, and the outcome it gives the booking. */
public enum ReviewDecision {
    APPROVE(ScreeningOutcome.CLEARED), DECLINE(ScreeningOutcome.DECLINED);

    private final ScreeningOutcome outcome;

    ReviewDecision(ScreeningOutcome outcome) {
        this.outcome = outcome;
    }

    public ScreeningOutcome outcome() {
        return outcome;
    }
}
