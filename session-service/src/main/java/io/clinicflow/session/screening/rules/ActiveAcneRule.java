package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** Active acne in the area: needling may spread bacteria; a practitioner decides. */
public final class ActiveAcneRule extends DeclaredConditionRule {

    public ActiveAcneRule() {
        super(AnswerCode.ACTIVE_ACNE_IN_AREA, Finding.reviewRequired("ACTIVE_ACNE"));
    }
}
