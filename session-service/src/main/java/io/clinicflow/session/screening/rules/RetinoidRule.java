package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;

import java.time.LocalDate;
import java.time.Period;

/**
 * Topical retinoids thin and sensitise the skin: used within the pause (default 3 days) before the session, a
 * practitioner reviews, and the client is told to stop them until the session.
 */
public final class RetinoidRule extends WaitingPeriodRule {

    public static final String PAUSE_RETINOIDS = "PAUSE_RETINOIDS";

    public RetinoidRule(Period pause) {
        super(AnswerCode.RETINOID_LAST_USE, pause);
    }

    @Override
    Finding finding(LocalDate eligibleOn) {
        return Finding.reviewRequired("RETINOID_RECENT").withPreCare(PAUSE_RETINOIDS);
    }
}
