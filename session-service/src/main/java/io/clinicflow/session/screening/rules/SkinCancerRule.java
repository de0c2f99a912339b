package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** Skin cancer (or a suspicious lesion under treatment) in the area: never needled; declined. */
public final class SkinCancerRule extends DeclaredConditionRule {

    public SkinCancerRule() {
        super(AnswerCode.SKIN_CANCER_IN_AREA, Finding.declined("SKIN_CANCER_IN_AREA"));
    }
}
