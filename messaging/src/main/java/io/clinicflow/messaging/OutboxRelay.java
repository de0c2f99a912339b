package io.clinicflow.messaging;

import io.clinicflow.events.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox rows to Kafka in id order, then marks them published. An advisory lock lets one
 * instance of a service relay at a time, so a client's events keep their order; a failed send stops the batch and
 * the rest is retried on the next round (wake-up after a commit, or the poll interval). A row Kafka refuses for good
 * (larger than an event may be, or refused as too large or unserializable) is parked instead: it no longer holds
 * back anyone but the later rows of its own record key, the client whose order it is part of (issue 23, ADR 0037).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x0C11_F10EL;

    /** What Kafka refuses for good, whenever it is sent again: park the row, go on with the others. */
    private static final Set<Class<? extends Throwable>> REFUSED_FOR_GOOD = Set.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidRecordException.class, SerializationException.class);

    private record Pending(long id, String topic, String key, byte[] payload, String eventId, String eventType,
                           Instant occurredAt, String traceparent) {

        int size() {
            return payload == null ? 0 : payload.length;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, Object> kafka;
    private final String producer;
    private final Duration pollInterval;
    private final int batchSize;
    private final int maxEventBytes;
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, Object> kafka,
                       String producer, Duration pollInterval, int batchSize, int maxEventBytes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.producer = producer;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.maxEventBytes = maxEventBytes;
    }

    void wakeUp() {
        ScheduledExecutorService running = executor;
        // Commits that land while a round is queued ride on it: one round per burst, not one per commit (ADR 0022).
        if (running != null && !running.isShutdown() && wakeUpQueued.compareAndSet(false, true)) {
            running.execute(this::relayWokenUp);
        }
    }

    private void relayWokenUp() {
        wakeUpQueued.set(false);
        relayQuietly();
    }

    /** Publishes what is pending; returns how many rows it dealt with (published, parked or held back). */
    public int relay() {
        Integer published = transactions.execute(status -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK)
                    .query(Boolean.class).single();
            return Boolean.TRUE.equals(locked) ? publishBatch() : 0;
        });
        return published == null ? 0 : published;
    }

    private int publishBatch() {
        List<Pending> pending = jdbc.sql("""
                        select id, topic, record_key, payload, event_id, event_type, occurred_at, traceparent
                        from outbox_event o
                        where published_at is null and parked_at is null
                          and not exists (select 1 from outbox_event p where p.record_key = o.record_key
                                          and p.parked_at is not null and p.published_at is null and p.id < o.id)
                        order by id limit :limit""")
                .param("limit", batchSize)
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list();
        List<Pending> sendable = withoutOversized(pending);
        List<Long> sent = new ArrayList<>();
        List<CompletableFuture<?>> sends = sendable.stream().<CompletableFuture<?>>map(this::send).toList();
        kafka.flush();
        boolean stopped = false;
        for (int i = 0; i < sendable.size() && !stopped; i++) {
            try {
                sends.get(i).get(30, TimeUnit.SECONDS);
                sent.add(sendable.get(i).id());
            } catch (Exception e) {
                stopped = !refusedForGood(e);
                if (stopped) {
                    log.warn("Outbox relay stopped at event {}: {}; it stays pending", sendable.get(i).id(), e.toString());
                } else {
                    park(sendable.get(i), "Kafka refused it: " + e.getCause());
                }
            }
        }
        if (!sent.isEmpty()) {
            jdbc.sql("update outbox_event set published_at = now() where id in (:ids)").param("ids", sent).update();
        }
        return stopped ? sent.size() : pending.size();
    }

    /** Parks the rows larger than an event may be, and leaves out the later rows of their clients. */
    private List<Pending> withoutOversized(List<Pending> pending) {
        Set<String> held = new HashSet<>();
        List<Pending> sendable = new ArrayList<>();
        for (Pending event : pending) {
            if (event.size() > maxEventBytes && held.add(event.key())) {
                park(event, "%d bytes, more than the %d an event may have".formatted(event.size(), maxEventBytes));
            } else if (!held.contains(event.key())) {
                sendable.add(event);
            }
        }
        return sendable;
    }

    private void park(Pending event, String reason) {
        log.error("Outbox event {} ({} {}, key {}) parked: {}; the key's later events wait until ops release it",
                event.eventId(), event.eventType(), event.topic(), event.key(), reason);
        jdbc.sql("update outbox_event set parked_at = now(), parked_reason = :reason where id = :id")
                .param("reason", reason).param("id", event.id()).update();
    }

    private static boolean refusedForGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Throwable current = cause;
            if (REFUSED_FOR_GOOD.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }

    private CompletableFuture<?> send(Pending event) {
        List<Header> headers = event.payload() == null
                ? CloudEventHeaders.withoutData(event.eventId(), producer, event.eventType(), event.occurredAt())
                : CloudEventHeaders.of(event.eventId(), producer, event.eventType(), event.occurredAt());
        ProducerRecord<String, Object> record = new ProducerRecord<>(event.topic(), null, event.key(), event.payload(),
                headers);
        if (event.traceparent() != null) {
            record.headers().add(JourneyTrace.HEADER, event.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return kafka.send(record);
    }

    private void relayQuietly() {
        try {
            while (relay() == batchSize) {
                log.debug("Outbox relay: a full batch went out, relaying the next one at once");
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed, retrying in {}: {}", pollInterval, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        wakeUpQueued.set(false);
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("outbox-relay").factory());
        executor.scheduleWithFixedDelay(this::relayQuietly, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            // The listeners stopped before us: what their last handlers committed goes out now, not at the next
            // start. Bounded: with the broker or database already gone, the daemon thread is abandoned after 10 s.
            executor.execute(this::relayQuietly);
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops after the listener containers (which stop earlier), so their last events still go out. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
