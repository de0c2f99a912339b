package io.clinicflow.session.screening.rules;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.screening.Finding;
import io.clinicflow.session.screening.ScreeningCase;
import io.clinicflow.session.screening.ScreeningRule;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Something that happened recently (a dose, an injection, a burn): the session waits until {@code wait} after the
 * date it last happened. On that eligible date itself the rule no longer applies.
 */
abstract class WaitingPeriodRule implements ScreeningRule {

    private final AnswerCode question;
    private final Period wait;

    WaitingPeriodRule(AnswerCode question, Period wait) {
        this.question = question;
        this.wait = wait;
    }

    @Override
    public final Optional<Finding> apply(ScreeningCase screeningCase) {
        return screeningCase.answers().lastDate(question)
                .map(last -> last.plus(wait))
                .filter(eligibleOn -> eligibleOn.isAfter(screeningCase.sessionDate()))
                .map(this::finding);
    }

    /** What it means that the session falls inside the waiting period, which ends on {@code eligibleOn}. */
    abstract Finding finding(LocalDate eligibleOn);
}
