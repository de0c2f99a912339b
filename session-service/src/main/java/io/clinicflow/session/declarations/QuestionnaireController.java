package io.clinicflow.session.declarations;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** The health declaration's questions as data, so booking front ends and chains' apps render the form from it. */
@RestController
class QuestionnaireController {

    enum AnswerType { BOOLEAN, DATE, NUMBER }

    record Range(int min, int max) {
    }

    /** {@code range} only for NUMBER; a DATE is the ISO date it last happened, never in the future. */
    record QuestionView(String code, String text, AnswerType answerType, Range range) {
        static QuestionView of(AnswerCode code) {
            return switch (code.kind()) {
                case YES_NO -> new QuestionView(code.name(), code.question(), AnswerType.BOOLEAN, null);
                case LAST_DATE -> new QuestionView(code.name(), code.question(), AnswerType.DATE, null);
                case FITZPATRICK_SCALE -> new QuestionView(code.name(), code.question(), AnswerType.NUMBER,
                        new Range(Answers.FITZPATRICK_MIN, Answers.FITZPATRICK_MAX));
            };
        }
    }

    /** A question left out of a declaration means "no" (never, for a DATE); {@code false} is accepted for every one. */
    record QuestionnaireView(List<QuestionView> questions) {
    }

    @GetMapping("/api/v1/screening-questionnaire")
    QuestionnaireView questionnaire() {
        return new QuestionnaireView(Arrays.stream(AnswerCode.values()).map(QuestionView::of).toList());
    }
}
