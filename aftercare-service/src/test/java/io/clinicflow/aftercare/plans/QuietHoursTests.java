package io.clinicflow.aftercare.plans;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "due {0} -> sent {1}")
    @CsvSource(textBlock = """
            2026-06-10T09:00, 2026-06-10T09:00
            2026-06-10T19:59, 2026-06-10T19:59
            2026-06-10T20:00, 2026-06-11T09:00
            2026-06-10T23:59, 2026-06-11T09:00
            2026-06-11T00:00, 2026-06-11T09:00
            2026-06-11T08:59, 2026-06-11T09:00
            2026-03-07T22:00, 2026-03-08T09:00
            """)
    void holdsMessagesDueBetweenEightPmAndNineAmUntilNineAm(LocalDateTime due, LocalDateTime sent) {
        assertThat(QuietHours.defaults().shift(due.atZone(NEW_YORK))).isEqualTo(sent.atZone(NEW_YORK));
    }
}
