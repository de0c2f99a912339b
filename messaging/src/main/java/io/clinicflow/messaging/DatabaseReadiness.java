package io.clinicflow.messaging;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.function.BooleanSupplier;

/**
 * Readiness of the database, answered within the probe's timeout (2 s) on the probe's own connection. Boot's
 * {@code db} indicator asks the pool, which waits its connection timeout (30 s) while the database is down: a
 * readiness probe would hang instead of answering 503.
 */
public class DatabaseReadiness implements HealthIndicator {

    private final BooleanSupplier reachable;

    public DatabaseReadiness(BooleanSupplier reachable) {
        this.reachable = reachable;
    }

    @Override
    public Health health() {
        return reachable.getAsBoolean() ? Health.up().build()
                : Health.down().withDetail("error", "no valid database connection within the probe's timeout").build();
    }
}
