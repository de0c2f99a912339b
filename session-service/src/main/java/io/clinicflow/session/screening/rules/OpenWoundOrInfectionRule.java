package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** An active infection or open wound in the treatment area: needling would spread it; declined. */
public final class OpenWoundOrInfectionRule extends DeclaredConditionRule {

    public OpenWoundOrInfectionRule() {
        super(AnswerCode.ACTIVE_INFECTION_OR_OPEN_WOUND_IN_AREA, Finding.declined("UNHEALED_WOUND_OR_INFECTION"));
    }
}
