package io.clinicflow.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class BusinessClockTests {

    @Test
    void jumpsForwardByTheGivenDuration() {
        BusinessClock clock = BusinessClock.system();
        Instant before = clock.instant();

        Instant after = clock.advance(Duration.ofDays(28));

        assertThat(Duration.between(before, after)).isBetween(Duration.ofDays(28), Duration.ofDays(28).plusSeconds(5));
        assertThat(clock.instant()).isAfterOrEqualTo(after);
    }

    @Test
    void neverMovesBackwards() {
        BusinessClock clock = BusinessClock.system();

        assertThatThrownBy(() -> clock.advance(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceleratedClockRunsFasterThanRealTime() {
        BusinessClock clock = BusinessClock.accelerated(86_400);
        Instant start = clock.instant();

        await().atMost(Duration.ofSeconds(5)).until(() -> Duration.between(start, clock.instant()).toHours() >= 2);

        assertThat(clock.speed()).isEqualTo(86_400);
    }

    @Test
    void startsAtAnyInstantAndRunsFromThereAtRealPace() {
        Instant leapDay = Instant.parse("2028-02-29T23:59:59Z");

        BusinessClock clock = BusinessClock.startingAt(leapDay);

        assertThat(clock.instant()).isBetween(leapDay, leapDay.plusSeconds(5));
        assertThat(clock.speed()).isEqualTo(1);
    }

    @Test
    void refusesAStoppedOrBackwardClock() {
        assertThatThrownBy(() -> BusinessClock.accelerated(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
