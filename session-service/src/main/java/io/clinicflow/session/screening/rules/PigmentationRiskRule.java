package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;
import io.clinicflow.session.screening.ScreeningCase;
import io.clinicflow.session.screening.ScreeningRule;

import java.util.Optional;

/**
 * Darker skin (Fitzpatrick type 4 and above by default) risks post-inflammatory pigmentation: a practitioner
 * decides.
 */
public final class PigmentationRiskRule implements ScreeningRule {

    private final int fromType;

    public PigmentationRiskRule(int fromType) {
        this.fromType = fromType;
    }

    @Override
    public Optional<Finding> apply(ScreeningCase screeningCase) {
        return screeningCase.answers().scale(AnswerCode.FITZPATRICK_TYPE).stream()
                .filter(type -> type >= fromType)
                .mapToObj(type -> Finding.reviewRequired("PIGMENTATION_RISK"))
                .findFirst();
    }
}
