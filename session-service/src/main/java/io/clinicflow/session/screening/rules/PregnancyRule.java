package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;
import io.clinicflow.session.screening.ScreeningCase;
import io.clinicflow.session.screening.ScreeningRule;

import java.util.Optional;

/** Pregnant or breastfeeding: an absolute contraindication. */
public final class PregnancyRule implements ScreeningRule {

    @Override
    public Optional<Finding> apply(ScreeningCase screeningCase) {
        return screeningCase.answers().says(AnswerCode.PREGNANT_OR_BREASTFEEDING)
                ? Optional.of(Finding.declined("PREGNANCY"))
                : Optional.empty();
    }
}
