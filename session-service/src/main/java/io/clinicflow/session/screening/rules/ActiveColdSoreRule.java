package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** An active cold sore: needling spreads the herpes simplex virus across the face; declined. */
public final class ActiveColdSoreRule extends DeclaredConditionRule {

    public ActiveColdSoreRule() {
        super(AnswerCode.ACTIVE_COLD_SORE, Finding.declined("ACTIVE_COLD_SORE"));
    }
}
