package io.clinicflow.booking.locations;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationSettingsTests {

    @ParameterizedTest(name = "short {0} min, long {1} min, buffer {2} min, course of {3}, {4} days apart: valid {5}")
    @CsvSource(textBlock = """
            60, 90, 15, 3, 28, true
            1,  1,  0,  1, 0,  true
            0,  90, 15, 3, 28, false
            -1, 90, 15, 3, 28, false
            60, 59, 15, 3, 28, false
            60, 60, -1, 3, 28, false
            60, 90, 15, 0, 28, false
            60, 90, 15, 3, -1, false
            """)
    void sessionsTakeTimeAndNothingIsNegative(int shortMinutes, int longMinutes, int bufferMinutes, int courseLength,
                                              int minDays, boolean valid) {
        if (valid) {
            assertThat(settings(shortMinutes, longMinutes, bufferMinutes, courseLength, minDays).courseLength())
                    .isEqualTo(courseLength);
        } else {
            assertThatThrownBy(() -> settings(shortMinutes, longMinutes, bufferMinutes, courseLength, minDays))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static LocationSettings settings(int shortMinutes, int longMinutes, int bufferMinutes, int courseLength,
                                             int minDays) {
        return new LocationSettings(Duration.ofMinutes(shortMinutes), Duration.ofMinutes(longMinutes),
                Duration.ofMinutes(bufferMinutes), courseLength, minDays);
    }
}
