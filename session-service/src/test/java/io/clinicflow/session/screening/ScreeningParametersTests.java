package io.clinicflow.session.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule set with numbers no clinic can mean refuses to start, and says which number (ADR 0010). */
class ScreeningParametersTests {

    private static final Period DAYS = Period.ofDays(7);

    @ParameterizedTest(name = "valid days {0}, adult {1}, device from {2}, pigmentation from type {3}")
    @CsvSource(textBlock = """
        1,  18, 22, 4
        90, 1,  1,  1
        90, 18, 18, 6
        """)
    void acceptsTheEdgesOfEachRange(int validDays, int adultAge, int deviceFromAge, int pigmentationFromType) {
        ScreeningParameters parameters = parameters("2026.12.1", validDays, adultAge, deviceFromAge,
                pigmentationFromType);

        assertThat(parameters.declarationValidDays()).isEqualTo(validDays);
        assertThat(parameters.deviceLabelledFromAge()).isEqualTo(deviceFromAge);
    }

    @ParameterizedTest(name = "valid days {0}, adult {1}, device from {2}, pigmentation from type {3}")
    @CsvSource(textBlock = """
        0,  18, 22, 4
        90, 0,  22, 4
        90, 18, 17, 4
        90, 18, 22, 0
        90, 18, 22, 7
        """)
    void refusesNumbersOutsideTheirRange(int validDays, int adultAge, int deviceFromAge, int pigmentationFromType) {
        assertThatThrownBy(() -> parameters("2026.12.1", validDays, adultAge, deviceFromAge, pigmentationFromType))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Screening parameters out of range: declaration-valid-days " + validDays + ", adult-age "
                        + adultAge + ", device-labelled-from-age " + deviceFromAge
                        + ", pigmentation-risk-from-type " + pigmentationFromType);
    }

    @Test
    void refusesARuleSetWithoutAVersion() {
        assertThatThrownBy(() -> parameters(" ", 90, 18, 22, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clinicflow.screening.version must name the rule set");
        assertThatThrownBy(() -> parameters(null, 90, 18, 22, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAWaitingPeriodLeftOut() {
        assertThatThrownBy(() -> new ScreeningParameters("v", 90, null, DAYS, DAYS, DAYS, DAYS, 18, 22, 4))
                .hasMessage("isotretinoin-wait");
        assertThatThrownBy(() -> new ScreeningParameters("v", 90, DAYS, DAYS, DAYS, DAYS, null, 18, 22, 4))
                .hasMessage("retinoid-pause");
    }

    @Test
    void defaultsAreDesignsNumbers() {
        ScreeningParameters defaults = ScreeningParameters.defaults();

        assertThat(defaults).isEqualTo(new ScreeningParameters("2026.11.1", 90, Period.ofMonths(6),
                Period.ofDays(14), Period.ofDays(7), Period.ofDays(30), Period.ofDays(3), 18, 22, 4));
    }

    private static ScreeningParameters parameters(String version, int validDays, int adultAge, int deviceFromAge,
                                                  int pigmentationFromType) {
        return new ScreeningParameters(version, validDays, DAYS, DAYS, DAYS, DAYS, DAYS, adultAge, deviceFromAge,
                pigmentationFromType);
    }
}
