package io.clinicflow.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of ClinicFlow's business time. It follows real time at {@code speed} times its pace and can jump
 * forward, so tests and the accelerated local stack can play a six-week healing journey in minutes.
 */
public final class BusinessClock extends Clock {

    private record Anchor(Instant business, Instant real, double speed) {
    }

    private final Clock real;
    private volatile Anchor anchor;

    private BusinessClock(Clock real, Instant start, double speed) {
        if (speed <= 0) {
            throw new IllegalArgumentException("Clock speed must be positive, was " + speed);
        }
        this.real = real;
        this.anchor = new Anchor(start, real.instant(), speed);
    }

    /** Business time equal to real time. */
    public static BusinessClock system() {
        return accelerated(1);
    }

    /** Business time starting now and running {@code speed} times faster than real time. */
    public static BusinessClock accelerated(double speed) {
        Clock real = Clock.systemUTC();
        return new BusinessClock(real, real.instant(), speed);
    }

    /**
     * Business time starting at {@code start}, which may lie before or after today, and running at real pace: lets a
     * test suite live through any date (a DST eve, a leap day) whatever day it runs on.
     */
    public static BusinessClock startingAt(Instant start) {
        return new BusinessClock(Clock.systemUTC(), start, 1);
    }

    @Override
    public Instant instant() {
        Anchor current = anchor;
        long realNanos = Duration.between(current.real(), real.instant()).toNanos();
        return current.business().plusNanos((long) (realNanos * current.speed()));
    }

    /** Jumps business time forward; steps that fall due in between fire at once. */
    public synchronized Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Business time only moves forward, not by " + duration);
        }
        Instant now = instant();
        anchor = new Anchor(now.plus(duration), real.instant(), anchor.speed());
        return instant();
    }

    public double speed() {
        return anchor.speed();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Business time is zone-free; convert instants with a location's zone");
    }
}
