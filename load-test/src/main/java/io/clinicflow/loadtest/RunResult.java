package io.clinicflow.loadtest;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;

/** The summary of one run at one offered rate. */
record RunResult(double offeredRate, Duration duration, long arrivals, long booked, long failures, long unconfirmed,
                 long confirmed, long completions, Histogram confirmLatency, Measurements measurements,
                 double pipelineRecordsPerSecond, double commitsPerSecond, Backlog backlogAtEnd, double jvmCpuSeconds,
                 Map<String, Double> cpuMillisPerBookingByThreads) {

    static final long P99_LIMIT_MILLIS = 1_000;

    static RunResult of(double rate, Duration duration, Measurements m, long commitsInWindow, Backlog backlogAtEnd,
                        double jvmCpuSeconds, Map<String, Double> cpuShare) {
        double seconds = duration.toMillis() / 1000.0;
        Histogram confirm = m.bookingConfirmed.histogram();
        return new RunResult(rate, duration, m.arrivals.get(), m.booked.get(), m.failures.get(),
                m.bookingConfirmed.open(), confirm.getTotalCount(), m.completions.get(), confirm, m,
                m.pipelineRecords.get() / seconds, commitsInWindow / seconds, backlogAtEnd, jvmCpuSeconds, cpuShare);
    }

    /**
     * JVM CPU milliseconds (services, broker, load generator; not PostgreSQL) per arrival during the arrival window:
     * unlike latency, other builds on the machine barely move it, so it compares builds measured at different moments.
     */
    double cpuMillisPerBooking() {
        return jvmCpuSeconds * 1000 / Math.max(arrivals, 1);
    }

    /** Bookings confirmed per second over the arrival window. */
    double confirmedPerSecond() {
        return confirmed / (duration.toMillis() / 1000.0);
    }

    /**
     * Sustainable: every arrival was booked and confirmed, p99 stayed under a second, and at the end of the arrivals
     * no more than a second's worth of bookings waited for confirmation and no more than two seconds' worth of
     * completed sessions for their DAY0 email (neither backlog grew).
     */
    boolean sustainable() {
        double perSecond = Math.max(offeredRate, 5);
        return failures == 0 && unconfirmed == 0 && booked == arrivals
                && confirmLatency.getValueAtPercentile(99) <= P99_LIMIT_MILLIS
                && backlogAtEnd.unconfirmed() <= perSecond && backlogAtEnd.withoutDay0Email() <= 2 * perSecond;
    }

    /** What waited when the arrivals stopped: bookings not yet confirmed, completed sessions without DAY0 email. */
    record Backlog(int unconfirmed, int withoutDay0Email) {
    }
}
