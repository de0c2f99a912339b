package io.clinicflow.dashboard.feed;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The {@code projection} member of the dashboard's readiness (ADR 0061): out of service until the projection has
 * reached, on every partition it reads, the log end it found at the start; up from then on (later traffic is lag,
 * which the page shows, not unreadiness). Start-up time is measured by polling readiness until it says UP.
 */
@Component("projection")
public class CatchUp implements HealthIndicator {

    private final FeedPositions positions;
    private volatile Map<TopicPartition, Long> endsAtStart;
    private volatile boolean caughtUp;

    CatchUp(FeedPositions positions) {
        this.positions = positions;
    }

    void awaitEnds(Map<TopicPartition, Long> ends) {
        endsAtStart = Map.copyOf(ends);
    }

    @Override
    public Health health() {
        Map<TopicPartition, Long> ends = endsAtStart;
        if (!caughtUp && ends != null) {
            caughtUp = positions.reached(ends);
        }
        return caughtUp ? Health.up().build()
                : Health.outOfService().withDetail("reason", ends == null ? "starting" : "catching up").build();
    }
}
