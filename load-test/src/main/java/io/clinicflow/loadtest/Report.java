package io.clinicflow.loadtest;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.util.List;

/** Prints runs, hop latencies, the baseline and issue 18's measures per journey as plain-text tables. */
final class Report {

    /** What one journey of the harness is: the day-28 follow-up offer, R_journey's tenth change, lies beyond a run. */
    static final String JOURNEY = "register, declare, book, screen, confirm, check in, complete, plan, DAY0 email";

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void run(RunResult r) {
        out.printf("%nLoad: offered %.1f journeys/s for %d s -> %d arrivals, %d booked, %d failed, %d confirmed "
                        + "(%.1f confirmed/s), %d unconfirmed after drain, %d sessions completed, "
                        + "%d DAY0 emails sent%n",
                r.offeredRate(), r.duration().toSeconds(), r.arrivals(), r.booked(), r.failures(), r.confirmed(),
                r.confirmedPerSecond(), r.unconfirmed(), r.completions(),
                r.measurements().completedToDay0Email.histogram().getTotalCount());
        out.printf("%-42s %8s %8s %8s %8s %8s %8s%n", "latency (ms)", "count", "p50", "p99", "p99.9", "max", "mean");
        for (Hop hop : r.measurements().hops()) {
            Histogram h = hop.histogram();
            out.printf("%-42s %8d %8d %8d %8d %8d %8.1f%n", hop.name(), h.getTotalCount(), h.getValueAtPercentile(50),
                    h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue(), h.getMean());
        }
        out.printf("per journey: %.1f Kafka records, %s, CPU %.1f ms (+ %.1f ms load generator); sustainable: %s%n",
                r.recordsPerJourney(), commits(r), r.systemCpuMillisPerJourney(), r.harnessCpuMillisPerJourney(),
                r.sustainable() ? "yes" : "no");
        out.printf("waiting when the arrivals stopped: %d bookings for confirmation, %d sessions for their DAY0 email; "
                        + "check-in retries (409 before session-service saw the confirmation): %d%n",
                r.backlogAtEnd().unconfirmed(), r.backlogAtEnd().withoutDay0Email(),
                r.measurements().checkInRetries.get());
        cpuShare(r);
    }

    private static String commits(RunResult r) {
        Commits c = r.commits();
        return "%.1f commits (%.1f writing + %.1f read-only; %.2f rollbacks)".formatted(c.allPer(r.arrivals()),
                c.writingPer(r.arrivals()), c.readOnlyPer(r.arrivals()), c.rollbacksPer(r.arrivals()));
    }

    /** The thread groups (and PostgreSQL) that used at least half a millisecond of CPU per journey. */
    private void cpuShare(RunResult r) {
        out.printf("CPU per journey by thread group: %.1f ms system (services, broker, PostgreSQL, JIT, GC), "
                        + "%.1f ms load generator (*, not charged):%n", r.systemCpuMillisPerJourney(),
                r.harnessCpuMillisPerJourney());
        r.cpuMillisPerJourneyByThreads().forEach((group, millis) -> {
            if (millis >= 0.5) {
                out.printf("  %7.1f ms %s %s%n", millis, CpuShare.isHarness(group) ? "*" : " ", group);
            }
        });
    }

    void steps(List<RunResult> steps, double maxSustainable) {
        out.printf("%nStepping search (p99 <= %d ms, no growing backlog of confirmations or DAY0 emails)%n",
                RunResult.P99_LIMIT_MILLIS);
        out.printf("%10s %12s %8s %8s %8s %12s %12s %8s %8s %8s %12s%n", "offered/s", "confirmed/s", "p50", "p99",
                "p99.9", "unconfirmed", "no DAY0 yet", "CPU ms", "writing", "read-only", "sustainable");
        for (RunResult r : steps) {
            out.printf("%10.1f %12.1f %8d %8d %8d %12d %12d %8.1f %8.1f %8.1f %12s%n", r.offeredRate(),
                    r.confirmedPerSecond(), r.confirmLatency().getValueAtPercentile(50),
                    r.confirmLatency().getValueAtPercentile(99), r.confirmLatency().getValueAtPercentile(99.9),
                    r.backlogAtEnd().unconfirmed(), r.backlogAtEnd().withoutDay0Email(), r.systemCpuMillisPerJourney(),
                    r.commits().writingPer(r.arrivals()), r.commits().readOnlyPer(r.arrivals()),
                    r.sustainable() ? "yes" : "no");
        }
        out.printf("(CPU ms, writing and read-only commits: per journey)%nmax sustainable rate: %.1f journeys/s%n",
                maxSustainable);
    }

    /** Issue 18's measures, at the maximum sustainable rate and (latency) at half of it. */
    void journeys(Stepper.Outcome outcome, double pgbenchTps) {
        RunResult max = outcome.atMax();
        RunResult half = outcome.atHalfMax();
        JourneyRatio ratio = new JourneyRatio(outcome.maxSustainable(), pgbenchTps);
        out.printf("%nJourneys per core (issue 18). A journey: %s.%n", JOURNEY);
        out.printf("  max sustainable:   %.1f journeys/s%s%n", outcome.maxSustainable(),
                outcome.steps().size() == 1 ? " (one load run: a lower bound, 0 if it was not sustainable)" : "");
        out.printf("  pgbench:           %.0f TPS (inbox + update + outbox, one commit, 4 clients, same server)%n",
                pgbenchTps);
        out.printf("  R_journey        = %.1f x %d / %.0f = %.3f%n", outcome.maxSustainable(),
                JourneyRatio.DURABLE_CHANGES_PER_JOURNEY, pgbenchTps, ratio.value());
        out.printf("  at %.1f/s%s: CPU %.1f ms per journey (+ %.1f ms load generator), of which PostgreSQL %.1f ms%n",
                max.offeredRate(), outcome.maxSustainable() == 0 ? " (none sustainable: the first step)" : "",
                max.systemCpuMillisPerJourney(), max.harnessCpuMillisPerJourney(),
                max.cpuMillisPerJourneyByThreads().getOrDefault(CpuShare.POSTGRESQL, 0.0));
        out.printf("  at %.1f/s: %s, in the services' databases and the key store%n", max.offeredRate(), commits(max));
        Histogram day0 = max.measurements().completedToDay0Email.histogram();
        out.printf("  at %.1f/s: SessionCompleted -> DAY0 email sent p50 / p99 %d / %d ms%n", max.offeredRate(),
                day0.getValueAtPercentile(50), day0.getValueAtPercentile(99));
        out.printf("  at %.1f/s (half the max, or nearest): arrival -> CONFIRMED p50 / p99 %d / %d ms%n",
                half.offeredRate(), half.confirmLatency().getValueAtPercentile(50),
                half.confirmLatency().getValueAtPercentile(99));
    }
}
