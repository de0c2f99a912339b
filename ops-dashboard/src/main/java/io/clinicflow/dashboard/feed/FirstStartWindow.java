package io.clinicflow.dashboard.feed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How far back the dashboard reads a partition it has no snapshot of ({@code clinicflow.dashboard.first-start-window},
 * a day by default): a first start on a chain with a year of history projects the last day, never the year (ADR 0061).
 * Measured on the system clock, as the records' timestamps are (their producers' wall clock), not the business clock.
 */
@Component
public class FirstStartWindow {

    private final Duration length;
    private final Clock wallClock = Clock.systemUTC();

    FirstStartWindow(@Value("${clinicflow.dashboard.first-start-window:P1D}") Duration length) {
        this.length = length;
    }

    public Instant opensAt() {
        return wallClock.instant().minus(length);
    }
}
