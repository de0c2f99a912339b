package io.clinicflow.testkit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessTimeStartTests {

    private final Clock wallClock = Clock.fixed(Instant.parse("2026-12-07T04:51:21Z"), ZoneOffset.UTC);

    @Test
    void startsTodayUnlessToldOtherwise() {
        assertThat(BusinessTimeStart.parse("now", wallClock)).isEqualTo(wallClock.instant());
        assertThat(BusinessTimeStart.parse("", wallClock)).isEqualTo(wallClock.instant());
    }

    @Test
    void startsAtAnInstantADateOrAPeriodFromToday() {
        assertThat(BusinessTimeStart.parse("2027-03-27T23:30:00Z", wallClock))
                .isEqualTo(Instant.parse("2027-03-27T23:30:00Z"));
        assertThat(BusinessTimeStart.parse("2028-02-29", wallClock)).isEqualTo(Instant.parse("2028-02-29T04:51:21Z"));
        assertThat(BusinessTimeStart.parse("P1Y", wallClock)).isEqualTo(Instant.parse("2027-12-07T04:51:21Z"));
        assertThat(BusinessTimeStart.parse("P-3M", wallClock)).isEqualTo(Instant.parse("2026-09-07T04:51:21Z"));
    }

    @Test
    void refusesTextThatIsNoneOfThoseNamingTheProperty() {
        assertThatThrownBy(() -> BusinessTimeStart.parse("tomorrow", wallClock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(BusinessTimeStart.PROPERTY);
    }
}
