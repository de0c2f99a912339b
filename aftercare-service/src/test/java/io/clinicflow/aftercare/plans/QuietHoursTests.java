package io.clinicflow.aftercare.plans;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

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

    @ParameterizedTest(name = "quiet {0}-{1}, at {2}: {3}")
    @CsvSource(textBlock = """
            20:00, 09:00, 19:59, false
            20:00, 09:00, 20:00, true
            20:00, 09:00, 00:00, true
            20:00, 09:00, 08:59, true
            20:00, 09:00, 09:00, false
            12:00, 14:00, 11:59, false
            12:00, 14:00, 12:00, true
            12:00, 14:00, 13:59, true
            12:00, 14:00, 14:00, false
            """)
    void areQuietFromTheirStartUpToTheirEndOvernightOrWithinADay(LocalTime start, LocalTime end, LocalTime time,
                                                                 boolean quiet) {
        assertThat(new QuietHours(start, end).contain(time)).isEqualTo(quiet);
    }

    /** Quiet hours within one day (a location closed for lunch, say) hold a message until they end that day. */
    @Test
    void holdsAMessageDueInQuietHoursWithinADayUntilTheyEndThatDay() {
        QuietHours lunch = new QuietHours(LocalTime.NOON, LocalTime.of(14, 0));
        ZonedDateTime lunchtime = LocalDateTime.parse("2026-06-10T13:59").atZone(NEW_YORK);
        ZonedDateTime evening = LocalDateTime.parse("2026-06-10T23:30").atZone(NEW_YORK);

        assertThat(lunch.shift(lunchtime)).isEqualTo(LocalDateTime.parse("2026-06-10T14:00").atZone(NEW_YORK));
        assertThat(lunch.shift(evening)).isEqualTo(evening);
    }
}
