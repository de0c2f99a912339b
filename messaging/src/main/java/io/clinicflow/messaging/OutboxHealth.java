package io.clinicflow.messaging;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Does the outbox get its events out? DOWN while a row is parked (Kafka refused it for good and its client's later
 * events wait for ops, ADR 0037) or while an event has waited longer than {@code maxAge} (the broker is unreachable,
 * the relay is stuck), in the {@code pipeline} health group (ADR 0038). Ages are the database's own clock against the
 * rows' {@code created_at}: business time, which tests and the local stack move, plays no part. The outbox is read
 * only once the database answered its probe, so an outage makes this DOWN within the probe's timeout instead of
 * waiting for a pooled connection.
 */
public class OutboxHealth extends AbstractHealthIndicator {

    private record Backlog(long unpublished, Duration oldestUnpublished, long parked, Duration oldestParked) {
    }

    private final JdbcClient jdbc;
    private final BooleanSupplier databaseReachable;
    private final Duration maxAge;

    public OutboxHealth(JdbcClient jdbc, BooleanSupplier databaseReachable, Duration maxAge) {
        super("The outbox could not be read");
        this.jdbc = jdbc;
        this.databaseReachable = databaseReachable;
        this.maxAge = maxAge;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (!databaseReachable.getAsBoolean()) {
            health.down().withDetail("error", "database unreachable: no event leaves the outbox");
            return;
        }
        Backlog backlog = backlog();
        boolean stuck = backlog.parked() > 0 || backlog.oldestUnpublished().compareTo(maxAge) > 0;
        health.status(stuck ? Status.DOWN : Status.UP)
                .withDetail("unpublished", backlog.unpublished())
                .withDetail("oldestUnpublishedAge", backlog.oldestUnpublished().toString())
                .withDetail("parked", backlog.parked())
                .withDetail("oldestParkedAge", backlog.oldestParked().toString())
                .withDetail("maxAge", maxAge.toString());
    }

    /** Unpublished counts the rows held behind a parked one too: they have not gone out either. */
    private Backlog backlog() {
        return jdbc.sql("""
                        select count(*) filter (where parked_at is null),
                               extract(epoch from now() - min(created_at) filter (where parked_at is null)),
                               count(*) filter (where parked_at is not null),
                               extract(epoch from now() - min(created_at) filter (where parked_at is not null))
                        from outbox_event where published_at is null""")
                .query((rs, row) -> new Backlog(rs.getLong(1), age(rs.getDouble(2)), rs.getLong(3),
                        age(rs.getDouble(4))))
                .single();
    }

    /** No such row makes the age NULL, which {@code getDouble} reads as 0. */
    private static Duration age(double seconds) {
        return Duration.ofSeconds(Math.max(0, Math.round(seconds)));
    }
}
