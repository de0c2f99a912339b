package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

/** A history of cold sores: needling can trigger an outbreak; a practitioner decides (e.g. antiviral cover). */
public final class ColdSoreHistoryRule extends DeclaredConditionRule {

    public ColdSoreHistoryRule() {
        super(AnswerCode.COLD_SORE_HISTORY, Finding.reviewRequired("COLD_SORE_HISTORY"));
    }
}
