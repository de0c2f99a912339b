package io.clinicflow.session.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The combined result of a rule set for one booking, with the pre-care instructions its findings gave. */
public record Verdict(ScreeningOutcome outcome, List<String> reasonCodes, Optional<LocalDate> earliestEligibleDate,
                      List<String> preCareInstructions, String ruleSetVersion) {

    public Verdict {
        reasonCodes = List.copyOf(reasonCodes);
        preCareInstructions = List.copyOf(preCareInstructions);
    }
}
