package io.clinicflow.e2e.edge;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * Waits, bounded, until the clinic is still: every consumer group caught up and no counted table changing for a
 * second. Row counts taken before and after a fuzzed input mean something only when nothing else writes meanwhile.
 */
final class Quiet {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private Quiet() {
    }

    static void settle(ConsumerGroups groups, StoredRows rows, List<Service> services) {
        AtomicReference<List<Map<String, Long>>> last = new AtomicReference<>();
        await("the clinic at rest").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<Map<String, Long>> now = services.stream().map(rows::of).toList();
            return now.equals(last.getAndSet(now)) && groups.caughtUp();
        });
    }
}
