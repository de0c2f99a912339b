package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** Prone to keloid or hypertrophic scarring (seed: "prone to scarring"): a practitioner decides. */
public final class KeloidScarringRule extends DeclaredConditionRule {

    public KeloidScarringRule() {
        super(AnswerCode.PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING,
                Finding.reviewRequired("KELOID_OR_HYPERTROPHIC_SCARRING"));
    }
}
