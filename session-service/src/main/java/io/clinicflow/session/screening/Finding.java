package io.clinicflow.session.screening;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule found: an outcome, its reason code, for a deferral the date the reason has passed, and possibly an
 * instruction the client must follow before the session (pre-care).
 */
public record Finding(ScreeningOutcome outcome, String reasonCode, Optional<LocalDate> earliestEligibleDate,
                      Optional<String> preCareInstruction) {

    public Finding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reasonCode, "reasonCode");
        if ((outcome == ScreeningOutcome.DEFERRED) != earliestEligibleDate.isPresent()) {
            throw new IllegalArgumentException("A deferral, and only a deferral, has an earliest eligible date");
        }
    }

    public static Finding declined(String reasonCode) {
        return new Finding(ScreeningOutcome.DECLINED, reasonCode, Optional.empty(), Optional.empty());
    }

    public static Finding deferredUntil(LocalDate earliestEligibleDate, String reasonCode) {
        return new Finding(ScreeningOutcome.DEFERRED, reasonCode, Optional.of(earliestEligibleDate), Optional.empty());
    }

    public static Finding reviewRequired(String reasonCode) {
        return new Finding(ScreeningOutcome.REVIEW_REQUIRED, reasonCode, Optional.empty(), Optional.empty());
    }

    /** The same finding, telling the client what to do before the session. */
    public Finding withPreCare(String instruction) {
        return new Finding(outcome, reasonCode, earliestEligibleDate, Optional.of(instruction));
    }
}
