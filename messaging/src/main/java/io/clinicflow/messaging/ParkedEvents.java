package io.clinicflow.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox rows the relay parked because Kafka refused them for good, for ops to see and release (issue 23):
 * after a fix (a larger topic limit, a corrected row) a released row goes out with its client's held-back rows.
 */
public class ParkedEvents {

    public record Parked(UUID eventId, String topic, String key, String eventType, int bytes, Instant parkedAt,
                         String reason) {
    }

    private final JdbcClient jdbc;
    private final OutboxRelay relay;

    public ParkedEvents(JdbcClient jdbc, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    public List<Parked> list() {
        return jdbc.sql("""
                        select event_id, topic, record_key, event_type, coalesce(length(payload), 0), parked_at, parked_reason
                        from outbox_event where parked_at is not null and published_at is null order by id""")
                .query((rs, row) -> new Parked(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
    }

    /** Puts a parked row back in line; false when no such row is parked. */
    public boolean release(UUID eventId) {
        boolean released = jdbc.sql("""
                        update outbox_event set parked_at = null, parked_reason = null
                        where event_id = :eventId and parked_at is not null and published_at is null""")
                .param("eventId", eventId).update() == 1;
        if (released) {
            relay.wakeUp();
        }
        return released;
    }
}
