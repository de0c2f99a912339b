package io.clinicflow.loadtest.volume;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a chain's history, part after part, while the services are stopped, and says what each part took. */
public final class Seeding {

    private static final double MB = 1024.0 * 1024.0;

    private Seeding() {
    }

    /** Writes every part for a history that ends at {@code now} and prints each outcome and the total. */
    public static List<SeedOutcome> write(List<SeedPart> parts, ClinicInfrastructure infrastructure, ChainSize size,
                                          Instant now, PrintStream out) {
        out.printf("%nSeeding %d locations x %s years: %,d practitioners, %,d clients, %,d bookings, %,d sessions, "
                        + "%,d aftercare messages, in %d parts%n", size.locations(), size.years(), size.practitioners(),
                size.clients(), size.bookings(), size.sessions(), size.aftercareMessages(), parts.size());
        List<SeedOutcome> outcomes = new ArrayList<>();
        for (SeedPart part : parts) {
            SeedOutcome outcome = part.write(infrastructure, size, now);
            outcomes.add(outcome);
            print(outcome, out);
        }
        print(total(outcomes), out);
        return outcomes;
    }

    /** All parts together: their items summed, the bytes they take, the time they took one after another. */
    static SeedOutcome total(List<SeedOutcome> outcomes) {
        return new SeedOutcome("total", Map.of("items", outcomes.stream()
                        .flatMap(outcome -> outcome.items().values().stream()).mapToLong(Long::longValue).sum()),
                outcomes.stream().mapToLong(SeedOutcome::bytesOnDisk).sum(),
                outcomes.stream().map(SeedOutcome::took).reduce(Duration.ZERO, Duration::plus));
    }

    private static void print(SeedOutcome outcome, PrintStream out) {
        long items = outcome.items().values().stream().mapToLong(Long::longValue).sum();
        out.printf("  %-28s %,14d items %,10.1f MB on disk %8.1f s%n", outcome.part(), items,
                outcome.bytesOnDisk() / MB, outcome.took().toMillis() / 1000.0);
        if (outcome.items().size() > 1) {
            outcome.items().forEach((where, count) -> out.printf("      %-24s %,14d%n", where, count));
        }
    }
}
