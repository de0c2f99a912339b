package io.clinicflow.loadtest.volume;

import io.clinicflow.session.screening.ScreeningRuleSet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What screening decided for a seeded booking, as both booking-service and session-service store it: the outcome its
 * status implies, with the finding a real rule gives for it. A booking still being screened has none.
 */
record Screened(String outcome, List<String> reasonCodes, LocalDate earliestEligible, Instant screenedAt) {

    static final String RULE_SET_VERSION = "2026.11.1";
    private static final Duration SCREENED_AFTER_BOOKING = Duration.ofSeconds(2);
    /** Isotretinoin defers for six months after the last dose; the seeded clients took their last one recently. */
    private static final int DEFERRED_DAYS = 90;

    static Screened of(SeededBooking booking) {
        Instant at = booking.bookedAt().plus(SCREENED_AFTER_BOOKING);
        return switch (booking.status()) {
            case PENDING_SCREENING -> null;
            case AWAITING_DECLARATION -> new Screened("DECLARATION_REQUIRED",
                    List.of(ScreeningRuleSet.DECLARATION_MISSING_OR_EXPIRED), null, at);
            case PENDING_REVIEW -> new Screened("REVIEW_REQUIRED", List.of("ACTIVE_ACNE"), null, at);
            case DEFERRED -> new Screened("DEFERRED", List.of("ISOTRETINOIN"),
                    LocalDate.ofInstant(booking.startsAt(), booking.location().zone()).plusDays(DEFERRED_DAYS), at);
            case DECLINED -> new Screened("DECLINED", List.of("PREGNANCY"), null, at);
            default -> new Screened("CLEARED", List.of(), null, at);
        };
    }
}
