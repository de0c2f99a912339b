package io.clinicflow.booking.bookings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The screening result a booking keeps: outcome, why, and (when deferred) from when the client is eligible. */
public record Screening(ScreeningOutcome outcome, List<String> reasonCodes, LocalDate earliestEligibleDate) {

    public Screening {
        Objects.requireNonNull(outcome, "outcome");
        reasonCodes = List.copyOf(reasonCodes);
        if (outcome == ScreeningOutcome.DEFERRED && earliestEligibleDate == null) {
            throw new IllegalArgumentException("A deferral needs its earliest eligible date");
        }
    }
}
