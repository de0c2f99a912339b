package io.clinicflow.messaging;

import io.clinicflow.kernel.Journey;
import io.clinicflow.kernel.RandomUuid;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.codec.SingleObjectCodec;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The transactional outbox: an event is stored in the same transaction as the state change that caused it, and
 * {@link OutboxRelay} publishes it once that transaction committed. No dual write, no lost or invented event.
 */
public class Outbox {

    /** The event type (CloudEvents {@code ce_type}) of a tombstone. */
    public static final String TOMBSTONE = "Tombstone";

    /** The type of metadata whose record is still being built; replaced by the record's name before it is stored. */
    private static final String PENDING_TYPE = "";

    private final JdbcClient jdbc;
    private final SingleObjectCodec codec;
    private final Clock clock;
    private final String producer;
    private final OutboxRelay relay;
    private final EventMetrics metrics;
    private final int maxEventBytes;
    private final JourneyTrace trace;

    public Outbox(JdbcClient jdbc, SingleObjectCodec codec, Clock clock, String producer, OutboxRelay relay,
                  EventMetrics metrics, int maxEventBytes, JourneyTrace trace) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
        this.producer = producer;
        this.relay = relay;
        this.metrics = metrics;
        this.maxEventBytes = maxEventBytes;
        this.trace = trace;
    }

    /** Metadata of a new event of this service in the given journey. */
    private EventMetadata stamp(String eventType, Journey journey) {
        return EventMetadata.newBuilder()
                .setEventId(RandomUuid.next().toString())
                .setEventType(eventType)
                .setOccurredAt(clock.instant())
                .setProducer(producer)
                .setCorrelationId(journey.correlationId())
                .setCausationId(journey.causationId())
                .setClientId(journey.clientId())
                .setLocationId(journey.locationId())
                .build();
    }

    /**
     * Stores the event for publication, stamped here: {@code event} builds the record around the metadata it is given
     * (a new event id, now, this service, the journey), whose type becomes the record's own name. Must run inside the
     * transaction of the state change.
     */
    public void append(Journey journey, Function<EventMetadata, ? extends SpecificRecord> event) {
        EventMetadata meta = stamp(PENDING_TYPE, journey);
        SpecificRecord record = event.apply(meta);
        meta.setEventType(record.getSchema().getName());
        append(record);
    }

    private void append(SpecificRecord event) {
        EventMetadata meta = EventCatalog.metaOf(event);
        byte[] payload = codec.encode(event);
        if (payload.length > maxEventBytes) {
            throw new EventTooLarge(meta.getEventType(), payload.length, maxEventBytes);
        }
        store(EventCatalog.topicOf(event), meta, payload).published.add(event);
    }

    /**
     * Stores a tombstone (null value) for the journey's client on the topic: Kafka's way of telling the topic's
     * subscribers to forget what they hold under that key (a projection topic's answer to an erasure, ADR 0030).
     */
    public void appendTombstone(String topic, Journey journey) {
        store(topic, stamp(TOMBSTONE, journey), null);
    }

    /** Keeps the row for the commit; returns the transaction's rows it joined. */
    private PendingRows store(String topic, EventMetadata meta, byte[] payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events are appended inside the transaction of their state change");
        }
        PendingRows pending = pendingRows();
        pending.rows.add(new Object[]{UUID.fromString(meta.getEventId()), topic, meta.getClientId(),
                meta.getEventType(), Timestamp.from(meta.getOccurredAt()), new SqlParameterValue(Types.BINARY, payload),
                trace.traceparentOf(meta.getCorrelationId())});
        return pending;
    }

    /** This transaction's rows, registered with it on its first event (a transaction suspended for another keeps its own). */
    private PendingRows pendingRows() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingRows pending && pending.outbox() == this) {
                return pending;
            }
        }
        PendingRows pending = new PendingRows();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /**
     * A transaction's events: inserted in one statement just before it commits (a poll batch writes many, ADR 0055),
     * counted and handed to the relay once it has.
     */
    private final class PendingRows implements TransactionSynchronization {
        private final List<Object[]> rows = new ArrayList<>();
        private final List<SpecificRecord> published = new ArrayList<>();

        private Outbox outbox() {
            return Outbox.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            jdbc.sql("""
                            insert into outbox_event (event_id, topic, record_key, event_type, occurred_at, payload, traceparent)
                            values :rows""")
                    .param("rows", rows)
                    .update();
        }

        @Override
        public void afterCommit() {
            published.forEach(metrics::published);
            relay.wakeUp();
        }
    }
}
