package io.clinicflow.loadtest;

import io.clinicflow.loadtest.Perf.PerfOptions;
import io.clinicflow.loadtest.volume.AtVolumeTable;
import io.clinicflow.loadtest.volume.ChainSize;
import io.clinicflow.loadtest.volume.ClientReads;
import io.clinicflow.loadtest.volume.DashboardStart;
import io.clinicflow.loadtest.volume.QueryTimes;
import io.clinicflow.loadtest.volume.Reading;
import io.clinicflow.loadtest.volume.SeedPart;
import io.clinicflow.loadtest.volume.Seeding;
import org.HdrHistogram.Histogram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 19's comparison in one run on one machine: the system started empty is measured; the services stop, a chain's
 * history is seeded into their stores, they start again on it; the same things are measured again. The "At volume"
 * table goes to the console and to {@link #TABLE}, ready for docs/performance.md.
 */
final class AtVolume {

    static final Path TABLE = Path.of("load-test/target/at-volume.md");

    private AtVolume() {
    }

    /** bin/perf seed: the system started, its services stopped, the history written; nothing measured. */
    static void seed(ChainSize size, List<SeedPart> parts) {
        try (PerfSystem system = PerfSystem.start()) {
            system.stopServices();
            Seeding.write(parts, system.infrastructure(), size, system.infrastructure().clock().instant(), System.out);
        }
    }

    /** bin/perf volume: measures empty, seeds, measures at volume, and prints and writes the table. */
    static void compare(PerfOptions options, List<SeedPart> parts) throws Exception {
        DashboardStart dashboard = DashboardStart.ofBuiltJar();
        try (PerfSystem system = PerfSystem.start()) {
            List<Reading> empty = measure(system, options, dashboard, "empty");
            system.stopServices();
            Seeding.write(parts, system.infrastructure(), options.size(), system.infrastructure().clock().instant(),
                    System.out);
            system.restartServices();
            List<Reading> atVolume = measure(system, options, dashboard, "at volume");
            String table = AtVolumeTable.markdown(options.size(), empty, atVolume);
            System.out.printf("%nAt volume (%s journeys/s for %d s each time; table also in %s)%n%n%s", options.rate(),
                    options.duration().toSeconds(), TABLE, table);
            Files.createDirectories(TABLE.getParent());
            Files.writeString(TABLE, table);
        }
    }

    /**
     * One phase: journeys at the offered rate after the usual warm-up (its hops: the booking call, the screening, the
     * DAY0 email), then the front desk's reads, the pipeline's statements and the dashboard's start.
     */
    private static List<Reading> measure(PerfSystem system, PerfOptions options, DashboardStart dashboard, String phase)
            throws Exception {
        System.out.printf("%n== %s ==%n", phase);
        List<Reading> readings = new ArrayList<>(journeys(system, options));
        Instant now = system.infrastructure().clock().instant();
        readings.addAll(ClientReads.measure(system.infrastructure(), system.booking(), system.aftercare(), now));
        readings.addAll(QueryTimes.measure(system.infrastructure(), now));
        readings.addAll(dashboard.measure(system.infrastructure(), phase));
        readings.forEach(reading -> System.out.printf("  %-48s %10.2f %s%n", reading.measure(), reading.value(),
                reading.unit()));
        return readings;
    }

    static List<Reading> journeys(PerfSystem system, PerfOptions options) throws InterruptedException {
        Chain chain = new Chain(system.booking(), system.infrastructure().clock().instant());
        LoadRun load = new LoadRun(system, chain);
        try (EventTap tap = new EventTap(system.infrastructure().bootstrapServers(), new Measurements(), load::confirmed)) {
            load.run(options.warmUpRate(), options.warmUp(), tap, new Measurements());
            RunResult result = load.run(options.rate(), options.duration(), tap, new Measurements());
            new Report(System.out).run(result);
            Measurements m = result.measurements();
            return List.of(p99("POST /bookings p99", m.bookingPosted),
                    p99("screening hop (SessionBooked -> ScreeningCompleted) p99", m.bookedToScreened),
                    p99("DAY0 latency (SessionCompleted -> DAY0 email sent) p99", m.completedToDay0Email));
        } finally {
            load.stop();
        }
    }

    private static Reading p99(String measure, Hop hop) {
        Histogram latencies = hop.histogram();
        return Reading.latency(measure, latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(99));
    }
}
