package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** An allergy to the needles' metal or to the numbing anaesthetic: declined. */
public final class MetalOrAnaestheticAllergyRule extends DeclaredConditionRule {

    public MetalOrAnaestheticAllergyRule() {
        super(AnswerCode.METAL_OR_ANAESTHETIC_ALLERGY, Finding.declined("METAL_OR_ANAESTHETIC_ALLERGY"));
    }
}
