package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** Immunosuppressed: a higher infection risk; a practitioner decides. */
public final class ImmunosuppressionRule extends DeclaredConditionRule {

    public ImmunosuppressionRule() {
        super(AnswerCode.IMMUNOSUPPRESSED, Finding.reviewRequired("IMMUNOSUPPRESSED"));
    }
}
