package io.clinicflow.session.screening;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.declarations.Answers;
import io.clinicflow.session.declarations.HealthDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningRuleSetTests {

    private static final Optional<LocalDate> ADULT = Optional.of(LocalDate.parse("1990-01-01"));

    @ParameterizedTest(name = "{0}={1}, session {2} -> {3} {4} until {5}")
    @CsvSource(nullValues = "-", textBlock = """
        PREGNANT_OR_BREASTFEEDING,                true,       2026-12-01, DECLINED,        PREGNANCY,                       -
        PREGNANT_OR_BREASTFEEDING,                false,      2026-12-01, CLEARED,         -,                               -
        ISOTRETINOIN_LAST_DOSE,                   2026-06-02, 2026-12-01, DEFERRED,        ISOTRETINOIN,                    2026-12-02
        ISOTRETINOIN_LAST_DOSE,                   2026-06-01, 2026-12-01, CLEARED,         -,                               -
        ISOTRETINOIN_LAST_DOSE,                   2026-11-30, 2026-12-01, DEFERRED,        ISOTRETINOIN,                    2027-05-30
        ISOTRETINOIN_LAST_DOSE,                   2026-08-31, 2027-02-27, DEFERRED,        ISOTRETINOIN,                    2027-02-28
        ISOTRETINOIN_LAST_DOSE,                   2026-08-31, 2027-02-28, CLEARED,         -,                               -
        ISOTRETINOIN_LAST_DOSE,                   false,      2026-12-01, CLEARED,         -,                               -
        PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING, true,       2026-12-01, REVIEW_REQUIRED, KELOID_OR_HYPERTROPHIC_SCARRING, -
        PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING, false,      2026-12-01, CLEARED,         -,                               -
        """)
    void screensAnAnswerAgainstTheSessionDateNotToday(AnswerCode code, String answer, LocalDate session,
                                                     ScreeningOutcome outcome, String reason, LocalDate earliestEligible) {
        Verdict verdict = screen(code + "=" + answer, ADULT, session);

        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.reasonCodes()).isEqualTo(reason == null ? List.of() : List.of(reason));
        assertThat(verdict.earliestEligibleDate()).isEqualTo(Optional.ofNullable(earliestEligible));
    }

    @ParameterizedTest(name = "born {0}, session {1} -> {2} {3}")
    @CsvSource(nullValues = "-", textBlock = """
        2008-12-02, 2026-12-01, DECLINED,        UNDER_AGE
        2008-12-01, 2026-12-01, REVIEW_REQUIRED, UNDER_22_DEVICE_LABELLING
        2004-12-02, 2026-12-01, REVIEW_REQUIRED, UNDER_22_DEVICE_LABELLING
        2004-12-01, 2026-12-01, CLEARED,         -
        2008-02-29, 2026-02-28, DECLINED,        UNDER_AGE
        -,          2026-12-01, CLEARED,         -
        """)
    void judgesAgeOnTheSessionDate(LocalDate born, LocalDate session, ScreeningOutcome outcome, String reason) {
        Verdict verdict = screen("", Optional.ofNullable(born), session);

        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.reasonCodes()).isEqualTo(reason == null ? List.of() : List.of(reason));
    }

    @ParameterizedTest(name = "declared {0} in {1}, session {2} -> {3}")
    @CsvSource(textBlock = """
        2026-09-02T10:00:00Z, UTC,           2026-12-01, CLEARED
        2026-09-01T10:00:00Z, UTC,           2026-12-01, DECLARATION_REQUIRED
        2026-09-01T23:30:00Z, Europe/Berlin, 2026-12-01, CLEARED
        2026-09-02T03:00:00Z, America/Denver, 2026-12-01, DECLARATION_REQUIRED
        """)
    void countsADeclarationUpToNinetyDaysOldOnTheSessionDate(Instant submittedAt, ZoneId zone, LocalDate session,
                                                             ScreeningOutcome outcome) {
        HealthDeclaration declaration = new HealthDeclaration(null, null, submittedAt, Answers.none());

        Verdict verdict = ScreeningRuleSet.defaults().screen(Optional.of(declaration), ADULT, session, zone);

        assertThat(verdict.outcome()).isEqualTo(outcome);
    }

    @Test
    void requiresADeclarationWhenNoneIsOnFile() {
        Verdict verdict = ScreeningRuleSet.defaults().screen(Optional.empty(), ADULT, LocalDate.parse("2026-12-01"),
                ZoneOffset.UTC);

        assertThat(verdict.outcome()).isEqualTo(ScreeningOutcome.DECLARATION_REQUIRED);
        assertThat(verdict.reasonCodes()).containsExactly("DECLARATION_MISSING_OR_EXPIRED");
        assertThat(verdict.ruleSetVersion()).isEqualTo("2026.11-skeleton");
    }

    @ParameterizedTest(name = "{0}, born {1} -> {2} {3} until {4}")
    @CsvSource(nullValues = "-", textBlock = """
        PREGNANT_OR_BREASTFEEDING=true;ISOTRETINOIN_LAST_DOSE=2026-10-01,                   1990-01-01, DECLINED,        PREGNANCY ISOTRETINOIN,                                 -
        ISOTRETINOIN_LAST_DOSE=2026-10-01;PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING=true,    1990-01-01, DEFERRED,        ISOTRETINOIN KELOID_OR_HYPERTROPHIC_SCARRING,           2027-04-01
        PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING=true,                                      2006-01-01, REVIEW_REQUIRED, KELOID_OR_HYPERTROPHIC_SCARRING UNDER_22_DEVICE_LABELLING, -
        ISOTRETINOIN_LAST_DOSE=2026-10-01,                                                  2010-01-01, DECLINED,        ISOTRETINOIN UNDER_AGE,                                 -
        """)
    void combinesFindingsByPrecedenceKeepingEveryReason(String answers, LocalDate born, ScreeningOutcome outcome,
                                                       String reasons, LocalDate earliestEligible) {
        Verdict verdict = screen(answers, Optional.of(born), LocalDate.parse("2026-12-01"));

        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.reasonCodes()).isEqualTo(Arrays.asList(reasons.split(" ")));
        assertThat(verdict.earliestEligibleDate()).isEqualTo(Optional.ofNullable(earliestEligible));
    }

    @Test
    void defersUntilTheLastOfSeveralDeferralsHasPassed() {
        ScreeningRuleSet ruleSet = new ScreeningRuleSet("test", List.of(
                c -> Optional.of(Finding.deferredUntil(c.sessionDate().plusDays(30), "LATER")),
                c -> Optional.of(Finding.deferredUntil(c.sessionDate().plusDays(7), "SOONER"))));
        LocalDate session = LocalDate.parse("2026-12-01");

        Verdict verdict = ruleSet.screen(Optional.of(declaredOn(session, Answers.none())), ADULT, session,
                ZoneOffset.UTC);

        assertThat(verdict.outcome()).isEqualTo(ScreeningOutcome.DEFERRED);
        assertThat(verdict.reasonCodes()).containsExactly("LATER", "SOONER");
        assertThat(verdict.earliestEligibleDate()).contains(LocalDate.parse("2026-12-31"));
    }

    private static Verdict screen(String answers, Optional<LocalDate> born, LocalDate session) {
        HealthDeclaration declaration = declaredOn(session.minusDays(1), Answers.parse(answerMap(answers), LocalDate.MAX));
        return ScreeningRuleSet.defaults().screen(Optional.of(declaration), born, session, ZoneOffset.UTC);
    }

    private static HealthDeclaration declaredOn(LocalDate day, Answers answers) {
        return new HealthDeclaration(null, null, day.atStartOfDay(ZoneOffset.UTC).toInstant(), answers);
    }

    /** "CODE=value;CODE=value" as JSON would give it: booleans, whole numbers, else text. */
    private static Map<String, Object> answerMap(String answers) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String answer : answers.isBlank() ? new String[0] : answers.split(";")) {
            String[] parts = answer.split("=");
            map.put(parts[0], json(parts[1]));
        }
        return map;
    }

    private static Object json(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        return value.matches("\\d+") ? Integer.valueOf(value) : value;
    }
}
