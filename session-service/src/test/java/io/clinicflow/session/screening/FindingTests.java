package io.clinicflow.session.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingTests {

    private static final LocalDate ELIGIBLE = LocalDate.parse("2026-12-15");

    @Test
    void aDeferralAloneCarriesTheDateItsReasonHasPassed() {
        assertThat(Finding.deferredUntil(ELIGIBLE, "SUNBURN")).isEqualTo(new Finding(ScreeningOutcome.DEFERRED,
                "SUNBURN", Optional.of(ELIGIBLE), Optional.empty()));
        assertThat(Finding.declined("PREGNANCY")).isEqualTo(new Finding(ScreeningOutcome.DECLINED, "PREGNANCY",
                Optional.empty(), Optional.empty()));
        assertThat(Finding.reviewRequired("ACTIVE_ACNE")).isEqualTo(new Finding(ScreeningOutcome.REVIEW_REQUIRED,
                "ACTIVE_ACNE", Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest(name = "{0} with an eligible date: {1}")
    @CsvSource(textBlock = """
        DEFERRED,        false
        DECLINED,        true
        REVIEW_REQUIRED, true
        CLEARED,         true
        """)
    void refusesADateOnAnythingButADeferralAndADeferralWithoutOne(ScreeningOutcome outcome, boolean withDate) {
        Optional<LocalDate> date = withDate ? Optional.of(ELIGIBLE) : Optional.empty();

        assertThatThrownBy(() -> new Finding(outcome, "REASON", date, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A deferral, and only a deferral, has an earliest eligible date");
    }

    @Test
    void addsAPreCareInstructionAndKeepsTheRestOfTheFinding() {
        Finding deferred = Finding.deferredUntil(ELIGIBLE, "RETINOID_RECENT").withPreCare("PAUSE_RETINOIDS");

        assertThat(deferred).isEqualTo(new Finding(ScreeningOutcome.DEFERRED, "RETINOID_RECENT",
                Optional.of(ELIGIBLE), Optional.of("PAUSE_RETINOIDS")));
    }

    @ParameterizedTest(name = "{0} beats {1}: {2}")
    @CsvSource(textBlock = """
        DECLINED,        DEFERRED,        true
        DEFERRED,        REVIEW_REQUIRED, true
        REVIEW_REQUIRED, CLEARED,         true
        CLEARED,         REVIEW_REQUIRED, false
        DEFERRED,        DECLINED,        false
        DEFERRED,        DEFERRED,        false
        """)
    void strongerOutcomesBeatWeakerOnesAndNoneBeatsItself(ScreeningOutcome outcome, ScreeningOutcome other,
                                                         boolean beats) {
        assertThat(outcome.beats(other)).isEqualTo(beats);
    }
}
