package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** Taking anticoagulants: more bleeding and bruising; a practitioner decides. */
public final class AnticoagulantsRule extends DeclaredConditionRule {

    public AnticoagulantsRule() {
        super(AnswerCode.ANTICOAGULANTS, Finding.reviewRequired("ANTICOAGULANTS"));
    }
}
