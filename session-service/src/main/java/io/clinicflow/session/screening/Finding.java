package io.clinicflow.session.screening;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What one rule found: an outcome, its reason code, and for a deferral the date the reason has passed. */
public record Finding(ScreeningOutcome outcome, String reasonCode, Optional<LocalDate> earliestEligibleDate) {

    public Finding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reasonCode, "reasonCode");
        if ((outcome == ScreeningOutcome.DEFERRED) != earliestEligibleDate.isPresent()) {
            throw new IllegalArgumentException("A deferral, and only a deferral, has an earliest eligible date");
        }
    }

    public static Finding declined(String reasonCode) {
        return new Finding(ScreeningOutcome.DECLINED, reasonCode, Optional.empty());
    }

    public static Finding deferredUntil(LocalDate earliestEligibleDate, String reasonCode) {
        return new Finding(ScreeningOutcome.DEFERRED, reasonCode, Optional.of(earliestEligibleDate));
    }

    public static Finding reviewRequired(String reasonCode) {
        return new Finding(ScreeningOutcome.REVIEW_REQUIRED, reasonCode, Optional.empty());
    }
}
