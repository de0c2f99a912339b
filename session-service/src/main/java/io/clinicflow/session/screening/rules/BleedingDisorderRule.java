package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** A bleeding disorder: the micro-injuries may not stop bleeding; declined. */
public final class BleedingDisorderRule extends DeclaredConditionRule {

    public BleedingDisorderRule() {
        super(AnswerCode.BLEEDING_DISORDER, Finding.declined("BLEEDING_DISORDER"));
    }
}
