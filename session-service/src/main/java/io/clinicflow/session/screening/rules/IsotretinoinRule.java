package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

import java.time.LocalDate;
import java.time.Period;

/** Isotretinoin impairs wound healing: no needling until the wait (default six calendar months) after the last dose. */
public final class IsotretinoinRule extends WaitingPeriodRule {

    public IsotretinoinRule(Period wait) {
        super(AnswerCode.ISOTRETINOIN_LAST_DOSE, wait);
    }

    @Override
    Finding finding(LocalDate eligibleOn) {
        return Finding.deferredUntil(eligibleOn, "ISOTRETINOIN");
    }
}
