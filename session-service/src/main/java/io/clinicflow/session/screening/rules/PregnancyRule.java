package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** Pregnant or breastfeeding: an absolute contraindication. */
public final class PregnancyRule extends DeclaredConditionRule {

    public PregnancyRule() {
        super(AnswerCode.PREGNANT_OR_BREASTFEEDING, Finding.declined("PREGNANCY"));
    }
}
