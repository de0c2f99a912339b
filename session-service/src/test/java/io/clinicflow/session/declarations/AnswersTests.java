package io.clinicflow.session.declarations;

import io.clinicflow.kernel.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswersTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-15");

    @Test
    void readsEachKindOfAnswer() {
        Answers answers = Answers.parse(Map.of("PREGNANT_OR_BREASTFEEDING", false, "ACTIVE_ACNE_IN_AREA", true,
                "ISOTRETINOIN_LAST_DOSE", "2026-11-15", "FITZPATRICK_TYPE", 4, "SUNBURN_LAST", false), TODAY);

        assertThat(answers.says(AnswerCode.PREGNANT_OR_BREASTFEEDING)).isFalse();
        assertThat(answers.says(AnswerCode.ACTIVE_ACNE_IN_AREA)).isTrue();
        assertThat(answers.lastDate(AnswerCode.ISOTRETINOIN_LAST_DOSE)).contains(TODAY);
        assertThat(answers.lastDate(AnswerCode.SUNBURN_LAST)).isEmpty();
        assertThat(answers.scale(AnswerCode.FITZPATRICK_TYPE)).hasValue(4);
        assertThat(answers.says(AnswerCode.BLEEDING_DISORDER)).isFalse();
    }

    @Test
    void keepsAnswersAsSubmitted() {
        Map<String, Object> json = Map.of("ISOTRETINOIN_LAST_DOSE", "2026-01-02", "ANTICOAGULANTS", false,
                "FITZPATRICK_TYPE", 2);

        assertThat(Answers.parse(Answers.parse(json, TODAY).json(), TODAY).json()).isEqualTo(json);
    }

    @Test
    void refusesAQuestionItDoesNotKnow() {
        assertRefused(Map.of("HAPPY", true), "answers.HAPPY");
    }

    @Test
    void refusesALastDateAfterToday() {
        assertRefused(Map.of("SUNBURN_LAST", "2026-11-16"), "answers.SUNBURN_LAST");
    }

    @Test
    void refusesAnswersOfTheWrongKind() {
        assertRefused(Map.of("PREGNANT_OR_BREASTFEEDING", "yes"), "answers.PREGNANT_OR_BREASTFEEDING");
        assertRefused(Map.of("ISOTRETINOIN_LAST_DOSE", true), "answers.ISOTRETINOIN_LAST_DOSE");
        assertRefused(Map.of("ISOTRETINOIN_LAST_DOSE", "last spring"), "answers.ISOTRETINOIN_LAST_DOSE");
        assertRefused(Map.of("FITZPATRICK_TYPE", 7), "answers.FITZPATRICK_TYPE");
        assertRefused(Map.of("FITZPATRICK_TYPE", 2.5), "answers.FITZPATRICK_TYPE");
    }

    @Test
    void acceptsNoForEveryKindOfQuestion() {
        Answers answers = Answers.parse(Map.of("ACTIVE_COLD_SORE", false, "SUNBURN_LAST", false,
                "FITZPATRICK_TYPE", false), TODAY);

        assertThat(answers.says(AnswerCode.ACTIVE_COLD_SORE)).isFalse();
        assertThat(answers.lastDate(AnswerCode.SUNBURN_LAST)).isEmpty();
        assertThat(answers.scale(AnswerCode.FITZPATRICK_TYPE)).isEmpty();
        assertThat(answers.json()).isEqualTo(Map.of("ACTIVE_COLD_SORE", false, "SUNBURN_LAST", false,
                "FITZPATRICK_TYPE", false));
    }

    @Test
    void acceptsBothEndsOfTheFitzpatrickScaleAsWholeNumbersOfAnyWidth() {
        assertThat(Answers.parse(Map.of("FITZPATRICK_TYPE", 1), TODAY).scale(AnswerCode.FITZPATRICK_TYPE)).hasValue(1);
        assertThat(Answers.parse(Map.of("FITZPATRICK_TYPE", 6L), TODAY).scale(AnswerCode.FITZPATRICK_TYPE)).hasValue(6);
        assertRefused(Map.of("FITZPATRICK_TYPE", 0), "answers.FITZPATRICK_TYPE");
    }

    @Test
    void acceptsLastDatesBackToTheEarliestBirthOfAnyClient() {
        assertThat(Answers.parse(Map.of("SUNBURN_LAST", "1900-01-01"), TODAY).lastDate(AnswerCode.SUNBURN_LAST))
                .contains(LocalDate.parse("1900-01-01"));
        assertRefused(Map.of("SUNBURN_LAST", "1899-12-31"), "answers.SUNBURN_LAST");
    }

    @Test
    void readsEachAnswerOnlyAsItsOwnKind() {
        Answers answers = Answers.parse(Map.of("ISOTRETINOIN_LAST_DOSE", "2026-01-02", "FITZPATRICK_TYPE", 3,
                "ANTICOAGULANTS", true), TODAY);

        assertThat(answers.says(AnswerCode.ISOTRETINOIN_LAST_DOSE)).isFalse();
        assertThat(answers.lastDate(AnswerCode.ANTICOAGULANTS)).isEmpty();
        assertThat(answers.scale(AnswerCode.ISOTRETINOIN_LAST_DOSE)).isEmpty();
    }

    @Test
    void namesAnUnknownCodeUnlessItIsLongerThanAnyQuestionsCode() {
        String longest = Arrays.stream(AnswerCode.values()).map(Enum::name)
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        String unknownOfThatLength = "X".repeat(longest.length());

        assertRefused(Map.of(unknownOfThatLength, true), "answers." + unknownOfThatLength);
        assertThatThrownBy(() -> Answers.parse(Map.of(unknownOfThatLength + "X", true), TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("answers");
                    assertThat(e.getMessage()).doesNotContain(unknownOfThatLength);
                });
    }

    @Test
    void asksEveryQuestionInPlainWords() {
        assertThat(AnswerCode.values()).allSatisfy(code -> assertThat(code.question()).endsWith("?"));
        assertThat(AnswerCode.FITZPATRICK_TYPE.kind()).isEqualTo(AnswerCode.Kind.FITZPATRICK_SCALE);
        assertThat(AnswerCode.SUNBURN_LAST.kind()).isEqualTo(AnswerCode.Kind.LAST_DATE);
    }

    private static void assertRefused(Map<String, Object> answers, String field) {
        assertThatThrownBy(() -> Answers.parse(answers, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
