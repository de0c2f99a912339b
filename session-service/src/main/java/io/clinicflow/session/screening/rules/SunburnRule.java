package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

import java.time.LocalDate;
import java.time.Period;

/** Sunburnt skin must heal first: wait (default 7 days) after the last sunburn. */
public final class SunburnRule extends WaitingPeriodRule {

    public SunburnRule(Period wait) {
        super(AnswerCode.SUNBURN_LAST, wait);
    }

    @Override
    Finding finding(LocalDate eligibleOn) {
        return Finding.deferredUntil(eligibleOn, "SUNBURN");
    }
}
