package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;
import io.clinicflow.session.screening.ScreeningCase;
import io.clinicflow.session.screening.ScreeningRule;

import java.util.Optional;

/** Prone to keloid or hypertrophic scarring (seed: "prone to scarring"): a practitioner decides. */
public final class KeloidScarringRule implements ScreeningRule {

    @Override
    public Optional<Finding> apply(ScreeningCase screeningCase) {
        return screeningCase.answers().says(AnswerCode.PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING)
                ? Optional.of(Finding.reviewRequired("KELOID_OR_HYPERTROPHIC_SCARRING"))
                : Optional.empty();
    }
}
