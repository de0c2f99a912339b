package io.clinicflow.booking.locations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningHoursTests {

    /** A location open 09:00–13:00 and 14:00–19:00 on Mondays, closed on other days. */
    private static final OpeningHours SPLIT_MONDAY = new OpeningHours(Map.of(MONDAY,
            List.of(OpenPeriod.of("14:00", "19:00"), OpenPeriod.of("09:00", "13:00")), SUNDAY, List.of()));

    @ParameterizedTest(name = "{0} {1}-{2} lies within the split Monday: {3}")
    @CsvSource(textBlock = """
            MONDAY,  09:00, 13:00, true
            MONDAY,  10:00, 12:00, true
            MONDAY,  14:00, 19:00, true
            MONDAY,  08:59, 12:00, false
            MONDAY,  10:00, 13:01, false
            MONDAY,  12:00, 15:00, false
            TUESDAY, 10:00, 12:00, false
            """)
    void aScheduleFitsOnlyInsideOnePeriodOfTheSameDay(DayOfWeek day, String opens, String closes, boolean covered) {
        OpeningHours schedule = OpeningHours.every(List.of(day), OpenPeriod.of(opens, closes));

        assertThat(SPLIT_MONDAY.covers(schedule)).isEqualTo(covered);
    }

    @Test
    void periodsAreKeptInTimeOrderAndADayWithoutPeriodsIsClosed() {
        assertThat(SPLIT_MONDAY.on(MONDAY)).extracting(OpenPeriod::opens).map(Object::toString)
                .containsExactly("09:00", "14:00");
        assertThat(SPLIT_MONDAY.on(SUNDAY)).isEmpty();
        assertThat(SPLIT_MONDAY.days()).containsOnlyKeys(MONDAY);
        assertThat(OpeningHours.DEFAULT.on(SUNDAY)).isEmpty();
        assertThat(OpeningHours.DEFAULT.on(TUESDAY)).containsExactly(OpenPeriod.of("09:00", "19:00"));
    }

    @ParameterizedTest(name = "{0}-{1} with {2}-{3} on one day is refused: {4}")
    @CsvSource(textBlock = """
            09:00, 13:00, 12:59, 15:00, true
            09:00, 13:00, 10:00, 11:00, true
            09:00, 13:00, 13:00, 15:00, false
            14:00, 19:00, 09:00, 14:00, false
            """)
    void overlappingPeriodsOfOneDayAreRefusedTouchingOnesAreNot(String opens, String closes, String otherOpens,
                                                                String otherCloses, boolean refused) {
        Map<DayOfWeek, List<OpenPeriod>> days = Map.of(MONDAY,
                List.of(OpenPeriod.of(opens, closes), OpenPeriod.of(otherOpens, otherCloses)));
        if (refused) {
            assertThatThrownBy(() -> new OpeningHours(days)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("MONDAY");
        } else {
            assertThat(new OpeningHours(days).on(MONDAY)).hasSize(2);
        }
    }

    @Test
    void aPeriodOpensBeforeItCloses() {
        assertThatThrownBy(() -> OpenPeriod.of("10:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenPeriod.of("11:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
