package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

import java.time.LocalDate;
import java.time.Period;

/**
 * A recent neurotoxin or filler injection (seed: "recent Botox"): needling could move the product; wait (default 14
 * days).
 */
public final class NeurotoxinOrFillerRule extends WaitingPeriodRule {

    public NeurotoxinOrFillerRule(Period wait) {
        super(AnswerCode.NEUROTOXIN_OR_FILLER_LAST, wait);
    }

    @Override
    Finding finding(LocalDate eligibleOn) {
        return Finding.deferredUntil(eligibleOn, "NEUROTOXIN_OR_FILLER");
    }
}
