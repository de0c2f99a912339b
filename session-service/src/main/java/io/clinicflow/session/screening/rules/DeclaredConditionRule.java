package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;
import io.clinicflow.session.screening.ScreeningCase;
import io.clinicflow.session.screening.ScreeningRule;

import java.util.Optional;

/** A condition the client declares with "yes": whenever it is declared, the rule finds the same thing. */
abstract class DeclaredConditionRule implements ScreeningRule {

    private final AnswerCode question;
    private final Finding finding;

    DeclaredConditionRule(AnswerCode question, Finding finding) {
        this.question = question;
        this.finding = finding;
    }

    @Override
    public final Optional<Finding> apply(ScreeningCase screeningCase) {
        return screeningCase.answers().says(question) ? Optional.of(finding) : Optional.empty();
    }
}
