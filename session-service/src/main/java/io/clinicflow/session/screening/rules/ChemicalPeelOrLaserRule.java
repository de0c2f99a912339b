package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

import java.time.LocalDate;
import java.time.Period;

/** A chemical peel or laser treatment leaves the skin barrier weakened: wait (default 30 days). */
public final class ChemicalPeelOrLaserRule extends WaitingPeriodRule {

    public ChemicalPeelOrLaserRule(Period wait) {
        super(AnswerCode.CHEMICAL_PEEL_OR_LASER_LAST, wait);
    }

    @Override
    Finding finding(LocalDate eligibleOn) {
        return Finding.deferredUntil(eligibleOn, "CHEMICAL_PEEL_OR_LASER");
    }
}
