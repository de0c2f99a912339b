package io.clinicflow.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Waits until the machine's CPUs are mostly idle (from /proc/stat), bounded: the Kafka and pgbench baselines measure
 * what the broker and the database can do on this machine, not what is left while an overloaded step still drains
 * (DAY0 emails sending, relays catching up).
 */
final class QuietMachine {

    private static final double QUIET_BUSY_SHARE = 0.15;
    private static final Duration WINDOW = Duration.ofSeconds(2);

    private QuietMachine() {
    }

    /** Returns the share of CPU time that was busy in the last two-second window when it stopped waiting. */
    static double await(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        double busy;
        do {
            long[] before = cpuTicks();
            Thread.sleep(WINDOW);
            long[] after = cpuTicks();
            long total = after[0] - before[0];
            busy = total == 0 ? 0 : 1.0 - (double) (after[1] - before[1]) / total;
        } while (busy > QUIET_BUSY_SHARE && System.nanoTime() < deadline);
        return busy;
    }

    /** The total and the idle (idle + iowait) ticks of all CPUs. */
    private static long[] cpuTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long[] ticks = Arrays.stream(fields, 1, fields.length).mapToLong(Long::parseLong).toArray();
            return new long[] {Arrays.stream(ticks).sum(), ticks[3] + ticks[4]};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
