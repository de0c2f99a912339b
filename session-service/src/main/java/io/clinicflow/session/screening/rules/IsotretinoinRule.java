package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;
import io.clinicflow.session.screening.ScreeningCase;
import io.clinicflow.session.screening.ScreeningRule;

import java.time.LocalDate;
import java.util.Optional;

/** Isotretinoin impairs wound healing: no needling until six calendar months after the last dose. */
public final class IsotretinoinRule implements ScreeningRule {

    private static final int WAITING_MONTHS = 6;

    @Override
    public Optional<Finding> apply(ScreeningCase screeningCase) {
        return screeningCase.answers().lastDate(AnswerCode.ISOTRETINOIN_LAST_DOSE)
                .map(lastDose -> lastDose.plusMonths(WAITING_MONTHS))
                .filter(eligibleOn -> eligibleOn.isAfter(screeningCase.sessionDate()))
                .map(IsotretinoinRule::deferral);
    }

    private static Finding deferral(LocalDate eligibleOn) {
        return Finding.deferredUntil(eligibleOn, "ISOTRETINOIN");
    }
}
