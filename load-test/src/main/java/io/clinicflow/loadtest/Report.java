package io.clinicflow.loadtest;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.util.List;

/** Prints runs, hop latencies, baselines and ratios as plain-text tables. */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void run(RunResult r) {
        out.printf("%nLoad: offered %.1f bookings/s for %d s -> %d arrivals, %d booked, %d failed, %d confirmed "
                        + "(%.1f confirmed/s), %d unconfirmed after drain, %d sessions completed%n",
                r.offeredRate(), r.duration().toSeconds(), r.arrivals(), r.booked(), r.failures(), r.confirmed(),
                r.confirmedPerSecond(), r.unconfirmed(), r.completions());
        out.printf("%-42s %8s %8s %8s %8s %8s %8s%n", "latency (ms)", "count", "p50", "p99", "p99.9", "max", "mean");
        for (Hop hop : r.measurements().hops()) {
            Histogram h = hop.histogram();
            out.printf("%-42s %8d %8d %8d %8d %8d %8.1f%n", hop.name(), h.getTotalCount(), h.getValueAtPercentile(50),
                    h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue(), h.getMean());
        }
        out.printf("pipeline: %.1f Kafka records/s, %.1f DB commits/s (%.2f commits per record), JVM CPU %.0f ms "
                        + "per booking; sustainable: %s%n", r.pipelineRecordsPerSecond(), r.commitsPerSecond(),
                r.commitsPerSecond() / Math.max(r.pipelineRecordsPerSecond(), 1e-9), r.cpuMillisPerBooking(),
                r.sustainable() ? "yes" : "no");
        out.printf("waiting when the arrivals stopped: %d bookings for confirmation, %d sessions for their DAY0 email; "
                        + "check-in retries (409 before session-service saw the confirmation): %d%n",
                r.backlogAtEnd().unconfirmed(), r.backlogAtEnd().withoutDay0Email(),
                r.measurements().checkInRetries.get());
        cpuShare(r);
    }

    /** The thread groups (and PostgreSQL) that used at least half a millisecond of CPU per booking. */
    private void cpuShare(RunResult r) {
        double total = r.cpuMillisPerBookingByThreads().values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("CPU per booking by thread group, %.1f ms in all (JVM and PostgreSQL):%n", total);
        r.cpuMillisPerBookingByThreads().forEach((group, millis) -> {
            if (millis >= 0.5) {
                out.printf("  %7.1f ms  %s%n", millis, group);
            }
        });
    }

    void steps(List<RunResult> steps, double maxSustainable) {
        out.printf("%nStepping search (p99 <= %d ms, no growing backlog of confirmations or DAY0 emails)%n",
                RunResult.P99_LIMIT_MILLIS);
        out.printf("%10s %12s %8s %8s %8s %12s %12s %12s%n", "offered/s", "confirmed/s", "p50", "p99", "p99.9",
                "unconfirmed", "no DAY0 yet", "sustainable");
        for (RunResult r : steps) {
            out.printf("%10.1f %12.1f %8d %8d %8d %12d %12d %12s%n", r.offeredRate(), r.confirmedPerSecond(),
                    r.confirmLatency().getValueAtPercentile(50), r.confirmLatency().getValueAtPercentile(99),
                    r.confirmLatency().getValueAtPercentile(99.9), r.backlogAtEnd().unconfirmed(),
                    r.backlogAtEnd().withoutDay0Email(), r.sustainable() ? "yes" : "no");
        }
        out.printf("max sustainable rate: %.1f bookings/s%n", maxSustainable);
    }

    void ratios(RunResult pipeline, double producerRecordsPerSecond, double pgbenchTps) {
        double eventsPerSecond = pipeline.pipelineRecordsPerSecond();
        double commitsPerEvent = pipeline.commitsPerSecond() / Math.max(eventsPerSecond, 1e-9);
        out.printf("%nBaselines (same machine, same run) and ratios, pipeline at %.1f bookings/s offered%n", pipeline.offeredRate());
        out.printf("  Kafka ProducerPerformance (acks=all, 300 B):  %,12.0f records/s%n", producerRecordsPerSecond);
        out.printf("  pgbench inbox+update+outbox, one commit:      %,12.0f TPS%n", pgbenchTps);
        out.printf("  pipeline: %.1f events/s x %.2f commits/event = %.1f commits/s%n", eventsPerSecond, commitsPerEvent,
                pipeline.commitsPerSecond());
        out.printf("  R_db  = %.1f x %.2f / %.0f = %.4f%n", eventsPerSecond, commitsPerEvent, pgbenchTps,
                eventsPerSecond * commitsPerEvent / pgbenchTps);
        out.printf("  R_hop = %.1f / %.0f = %.5f%n", eventsPerSecond, producerRecordsPerSecond,
                eventsPerSecond / producerRecordsPerSecond);
    }
}
