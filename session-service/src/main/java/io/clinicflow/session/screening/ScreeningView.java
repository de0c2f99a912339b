package io.clinicflow.session.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A screening as the API shows it. */
public record ScreeningView(UUID id, UUID bookingId, ScreeningOutcome outcome, List<String> reasonCodes,
                            LocalDate earliestEligibleDate, List<String> preCareInstructions, String ruleSetVersion,
                            ScreeningTrigger trigger, OffsetDateTime screenedAt) {

    public static ScreeningView of(Screening screening) {
        Verdict verdict = screening.verdict();
        return new ScreeningView(screening.id().value(), screening.bookingId().value(), verdict.outcome(),
                verdict.reasonCodes(), verdict.earliestEligibleDate().orElse(null), verdict.preCareInstructions(),
                verdict.ruleSetVersion(), screening.trigger(), screening.screenedAt().atOffset(ZoneOffset.UTC));
    }
}
