package io.clinicflow.loadtest;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;

/**
 * The summary of one run at one offered rate of journeys: an arrival registers, declares and books; the pipeline
 * screens and confirms; the client is checked in and the session completed; aftercare plans and sends the DAY0 email.
 */
record RunResult(double offeredRate, Duration duration, long arrivals, long booked, long failures, long unconfirmed,
                 long confirmed, long completions, Histogram confirmLatency, Measurements measurements,
                 double pipelineRecordsPerSecond, Commits commits, Backlog backlogAtEnd,
                 Map<String, Double> cpuMillisPerJourneyByThreads) {

    static final long P99_LIMIT_MILLIS = 1_000;

    static RunResult of(double rate, Duration duration, Measurements m, Commits commits, Backlog backlogAtEnd,
                        Map<String, Double> cpuShare) {
        double seconds = duration.toMillis() / 1000.0;
        Histogram confirm = m.bookingConfirmed.histogram();
        return new RunResult(rate, duration, m.arrivals.get(), m.booked.get(), m.failures.get(),
                m.bookingConfirmed.open(), confirm.getTotalCount(), m.completions.get(), confirm, m,
                m.pipelineRecords.get() / seconds, commits, backlogAtEnd, cpuShare);
    }

    /**
     * CPU milliseconds per journey of the system under test (services, broker, PostgreSQL, and the JVM's compilers and
     * collector, which it shares with the load generator) during the arrival window: unlike latency, other builds on
     * the machine barely move it, so it compares builds measured at different moments.
     */
    double systemCpuMillisPerJourney() {
        return cpuMillis(false);
    }

    /** CPU milliseconds per journey of the load generator's own threads (not charged to the system). */
    double harnessCpuMillisPerJourney() {
        return cpuMillis(true);
    }

    private double cpuMillis(boolean harness) {
        return cpuMillisPerJourneyByThreads.entrySet().stream().filter(e -> CpuShare.isHarness(e.getKey()) == harness)
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** Kafka records the pipeline wrote per journey during the arrival window. */
    double recordsPerJourney() {
        return pipelineRecordsPerSecond * duration.toMillis() / 1000.0 / Math.max(arrivals, 1);
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
