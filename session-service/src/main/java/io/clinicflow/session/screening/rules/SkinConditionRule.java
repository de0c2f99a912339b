package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/**
 * Eczema, psoriasis or rosacea in the area (seed: "eczema or other skin conditions"): a practitioner decides whether
 * it is calm enough.
 */
public final class SkinConditionRule extends DeclaredConditionRule {

    public SkinConditionRule() {
        super(AnswerCode.ECZEMA_PSORIASIS_ROSACEA_IN_AREA, Finding.reviewRequired("ECZEMA_PSORIASIS_ROSACEA"));
    }
}
