package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** Uncontrolled diabetes: slower, riskier wound healing; a practitioner decides. */
public final class UncontrolledDiabetesRule extends DeclaredConditionRule {

    public UncontrolledDiabetesRule() {
        super(AnswerCode.DIABETES_UNCONTROLLED, Finding.reviewRequired("DIABETES_UNCONTROLLED"));
    }
}
