package io.clinicflow.session.screening;

import io.clinicflow.session.declarations.AnswerCode;
import io.clinicflow.session.declarations.Answers;
import io.clinicflow.session.declarations.HealthDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningRuleSetTests {

    private static final Optional<LocalDate> ADULT = Optional.of(LocalDate.parse("1990-01-01"));
    private static final LocalDate SESSION = LocalDate.parse("2026-12-01");

    @ParameterizedTest(name = "{0}={1}, session 2026-12-01 -> {2} {3} until {4} {5}")
    @CsvSource(nullValues = "-", textBlock = """
        PREGNANT_OR_BREASTFEEDING,                true,       DECLINED,        PREGNANCY,                       -,          -
        PREGNANT_OR_BREASTFEEDING,                false,      CLEARED,         -,                               -,          -
        ACTIVE_INFECTION_OR_OPEN_WOUND_IN_AREA,   true,       DECLINED,        UNHEALED_WOUND_OR_INFECTION,     -,          -
        ACTIVE_COLD_SORE,                         true,       DECLINED,        ACTIVE_COLD_SORE,                -,          -
        SKIN_CANCER_IN_AREA,                      true,       DECLINED,        SKIN_CANCER_IN_AREA,             -,          -
        BLEEDING_DISORDER,                        true,       DECLINED,        BLEEDING_DISORDER,               -,          -
        METAL_OR_ANAESTHETIC_ALLERGY,             true,       DECLINED,        METAL_OR_ANAESTHETIC_ALLERGY,    -,          -
        METAL_OR_ANAESTHETIC_ALLERGY,             false,      CLEARED,         -,                               -,          -
        ISOTRETINOIN_LAST_DOSE,                   2026-06-01, CLEARED,         -,                               -,          -
        ISOTRETINOIN_LAST_DOSE,                   2026-06-02, DEFERRED,        ISOTRETINOIN,                    2026-12-02, -
        ISOTRETINOIN_LAST_DOSE,                   2026-11-30, DEFERRED,        ISOTRETINOIN,                    2027-05-30, -
        ISOTRETINOIN_LAST_DOSE,                   false,      CLEARED,         -,                               -,          -
        NEUROTOXIN_OR_FILLER_LAST,                2026-11-17, CLEARED,         -,                               -,          -
        NEUROTOXIN_OR_FILLER_LAST,                2026-11-18, DEFERRED,        NEUROTOXIN_OR_FILLER,            2026-12-02, -
        SUNBURN_LAST,                             2026-11-24, CLEARED,         -,                               -,          -
        SUNBURN_LAST,                             2026-11-25, DEFERRED,        SUNBURN,                         2026-12-02, -
        CHEMICAL_PEEL_OR_LASER_LAST,              2026-11-01, CLEARED,         -,                               -,          -
        CHEMICAL_PEEL_OR_LASER_LAST,              2026-11-02, DEFERRED,        CHEMICAL_PEEL_OR_LASER,          2026-12-02, -
        CHEMICAL_PEEL_OR_LASER_LAST,              2026-12-01, DEFERRED,        CHEMICAL_PEEL_OR_LASER,          2026-12-31, -
        PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING, true,       REVIEW_REQUIRED, KELOID_OR_HYPERTROPHIC_SCARRING, -,          -
        PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING, false,      CLEARED,         -,                               -,          -
        ECZEMA_PSORIASIS_ROSACEA_IN_AREA,         true,       REVIEW_REQUIRED, ECZEMA_PSORIASIS_ROSACEA,        -,          -
        ACTIVE_ACNE_IN_AREA,                      true,       REVIEW_REQUIRED, ACTIVE_ACNE,                     -,          -
        COLD_SORE_HISTORY,                        true,       REVIEW_REQUIRED, COLD_SORE_HISTORY,               -,          -
        ANTICOAGULANTS,                           true,       REVIEW_REQUIRED, ANTICOAGULANTS,                  -,          -
        DIABETES_UNCONTROLLED,                    true,       REVIEW_REQUIRED, DIABETES_UNCONTROLLED,           -,          -
        IMMUNOSUPPRESSED,                         true,       REVIEW_REQUIRED, IMMUNOSUPPRESSED,                -,          -
        FITZPATRICK_TYPE,                         3,          CLEARED,         -,                               -,          -
        FITZPATRICK_TYPE,                         4,          REVIEW_REQUIRED, PIGMENTATION_RISK,               -,          -
        FITZPATRICK_TYPE,                         6,          REVIEW_REQUIRED, PIGMENTATION_RISK,               -,          -
        RETINOID_LAST_USE,                        2026-11-28, CLEARED,         -,                               -,          -
        RETINOID_LAST_USE,                        2026-11-29, REVIEW_REQUIRED, RETINOID_RECENT,                 -,          PAUSE_RETINOIDS
        RETINOID_LAST_USE,                        2026-12-01, REVIEW_REQUIRED, RETINOID_RECENT,                 -,          PAUSE_RETINOIDS
        """)
    void screensEachAnswerAgainstTheSessionDateNotToday(AnswerCode code, String answer, ScreeningOutcome outcome,
                                                       String reason, LocalDate earliestEligible, String preCare) {
        Verdict verdict = screen(code + "=" + answer, ADULT, SESSION);

        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.reasonCodes()).isEqualTo(reason == null ? List.of() : List.of(reason));
        assertThat(verdict.earliestEligibleDate()).isEqualTo(Optional.ofNullable(earliestEligible));
        assertThat(verdict.preCareInstructions()).isEqualTo(preCare == null ? List.of() : List.of(preCare));
        assertThat(verdict.ruleSetVersion()).isEqualTo("2026.11.1");
    }

    @ParameterizedTest(name = "isotretinoin last dose {0}, session {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
        2026-08-31, 2027-02-27, DEFERRED
        2026-08-31, 2027-02-28, CLEARED
        2027-08-31, 2028-02-28, DEFERRED
        2027-08-31, 2028-02-29, CLEARED
        """)
    void countsSixCalendarMonthsFromTheLastIsotretinoinDose(LocalDate lastDose, LocalDate session,
                                                           ScreeningOutcome outcome) {
        assertThat(screen("ISOTRETINOIN_LAST_DOSE=" + lastDose, ADULT, session).outcome()).isEqualTo(outcome);
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
        assertThat(verdict.ruleSetVersion()).isEqualTo("2026.11.1");
    }

    @ParameterizedTest(name = "{0}, born {1} -> {2} {3} until {4}")
    @CsvSource(nullValues = "-", textBlock = """
        PREGNANT_OR_BREASTFEEDING=true;ISOTRETINOIN_LAST_DOSE=2026-10-01,                   1990-01-01, DECLINED,        PREGNANCY ISOTRETINOIN,                                 -
        ISOTRETINOIN_LAST_DOSE=2026-10-01;PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING=true,    1990-01-01, DEFERRED,        ISOTRETINOIN KELOID_OR_HYPERTROPHIC_SCARRING,           2027-04-01
        PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING=true,                                      2006-01-01, REVIEW_REQUIRED, UNDER_22_DEVICE_LABELLING KELOID_OR_HYPERTROPHIC_SCARRING, -
        ISOTRETINOIN_LAST_DOSE=2026-10-01,                                                  2010-01-01, DECLINED,        ISOTRETINOIN UNDER_AGE,                                 -
        SUNBURN_LAST=2026-11-30;ISOTRETINOIN_LAST_DOSE=2026-10-01;CHEMICAL_PEEL_OR_LASER_LAST=2026-11-20, 1990-01-01, DEFERRED, ISOTRETINOIN SUNBURN CHEMICAL_PEEL_OR_LASER,      2027-04-01
        SUNBURN_LAST=2026-11-30;NEUROTOXIN_OR_FILLER_LAST=2026-11-30;FITZPATRICK_TYPE=5,    1990-01-01, DEFERRED,        NEUROTOXIN_OR_FILLER SUNBURN PIGMENTATION_RISK,         2026-12-14
        ACTIVE_ACNE_IN_AREA=true;FITZPATRICK_TYPE=4;ACTIVE_COLD_SORE=true,                  1990-01-01, DECLINED,        ACTIVE_COLD_SORE ACTIVE_ACNE PIGMENTATION_RISK,         -
        """)
    void combinesFindingsByPrecedenceKeepingEveryReason(String answers, LocalDate born, ScreeningOutcome outcome,
                                                       String reasons, LocalDate earliestEligible) {
        Verdict verdict = screen(answers, Optional.of(born), SESSION);

        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.reasonCodes()).isEqualTo(Arrays.asList(reasons.split(" ")));
        assertThat(verdict.earliestEligibleDate()).isEqualTo(Optional.ofNullable(earliestEligible));
    }

    @Test
    void reportsEveryReasonWhenEverythingIsDeclared() {
        String everything = Arrays.stream(AnswerCode.values()).map(code -> code + "=" + switch (code.kind()) {
            case YES_NO -> "true";
            case LAST_DATE -> SESSION.minusDays(1).toString();
            case FITZPATRICK_SCALE -> "6";
        }).collect(Collectors.joining(";"));

        Verdict verdict = screen(everything, Optional.of(SESSION.minusYears(17)), SESSION);

        assertThat(verdict.outcome()).isEqualTo(ScreeningOutcome.DECLINED);
        assertThat(verdict.earliestEligibleDate()).isEmpty();
        assertThat(verdict.preCareInstructions()).containsExactly("PAUSE_RETINOIDS");
        assertThat(verdict.reasonCodes()).containsExactlyInAnyOrder("PREGNANCY", "UNHEALED_WOUND_OR_INFECTION",
                "ACTIVE_COLD_SORE", "SKIN_CANCER_IN_AREA", "BLEEDING_DISORDER", "METAL_OR_ANAESTHETIC_ALLERGY",
                "ISOTRETINOIN", "NEUROTOXIN_OR_FILLER", "SUNBURN", "CHEMICAL_PEEL_OR_LASER", "UNDER_AGE",
                "KELOID_OR_HYPERTROPHIC_SCARRING", "ECZEMA_PSORIASIS_ROSACEA", "ACTIVE_ACNE", "COLD_SORE_HISTORY",
                "ANTICOAGULANTS", "DIABETES_UNCONTROLLED", "IMMUNOSUPPRESSED", "PIGMENTATION_RISK", "RETINOID_RECENT");
    }

    @Test
    void screensWithTheConfiguredParametersAndVersion() {
        ScreeningParameters defaults = ScreeningParameters.defaults();
        ScreeningRuleSet stricter = ScreeningRuleSet.of(new ScreeningParameters("chain-b.1", 30, Period.ofMonths(12),
                defaults.neurotoxinOrFillerWait(), defaults.sunburnWait(), defaults.chemicalPeelOrLaserWait(),
                defaults.retinoidPause(), 18, 25, 3));
        HealthDeclaration declaration = declaredOn(SESSION.minusDays(1),
                Answers.parse(answerMap("ISOTRETINOIN_LAST_DOSE=2026-06-01;FITZPATRICK_TYPE=3"), LocalDate.MAX));

        Verdict verdict = stricter.screen(Optional.of(declaration), Optional.of(SESSION.minusYears(23)), SESSION,
                ZoneOffset.UTC);

        assertThat(verdict.outcome()).isEqualTo(ScreeningOutcome.DEFERRED);
        assertThat(verdict.earliestEligibleDate()).contains(LocalDate.parse("2027-06-01"));
        assertThat(verdict.reasonCodes()).containsExactly("ISOTRETINOIN", "UNDER_22_DEVICE_LABELLING",
                "PIGMENTATION_RISK");
        assertThat(verdict.ruleSetVersion()).isEqualTo("chain-b.1");
        assertThat(stricter.screen(Optional.of(declaredOn(SESSION.minusDays(31), Answers.none())), ADULT, SESSION,
                ZoneOffset.UTC).outcome()).isEqualTo(ScreeningOutcome.DECLARATION_REQUIRED);
    }

    @Test
    void defersUntilTheLastOfSeveralDeferralsHasPassed() {
        ScreeningRuleSet ruleSet = new ScreeningRuleSet("test", 90, List.of(
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
