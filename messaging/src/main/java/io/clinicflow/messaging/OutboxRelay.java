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
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox rows to Kafka in id order, then marks them published in one statement. An advisory lock
 * lets one instance of a service relay at a time, so a client's events keep their order. A round runs when a commit
 * wakes the relay, at start, at stop and at a slow sweep; an idle relay does not touch the database between sweeps
 * (ADR 0052). A round that finds the lock held by another instance tries again shortly until it gets it once, since
 * that instance's round may not have seen this one's commit; a failed send stops the batch and the round is retried
 * with back-off. A row Kafka refuses for good
 * (larger than an event may be, or refused as too large or unserializable) is parked instead: it no longer holds
 * back anyone but the later rows of its own record key, the client whose order it is part of (issue 23, ADR 0037).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** The advisory lock the instances of a service take turns on (package-private: tests play another instance). */
    static final long RELAY_LOCK = 0x0C11_F10EL;

    /** What Kafka refuses for good, whenever it is sent again: park the row, go on with the others. */
    private static final Set<Class<? extends Throwable>> REFUSED_FOR_GOOD = Set.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidRecordException.class, SerializationException.class);

    /** A round found the lock held elsewhere: try again soon, until it gets the lock once. */
    private static final ExponentialBackOff WHILE_LOCK_BUSY = doubling(Duration.ofMillis(50), Duration.ofSeconds(1));
    /** A round failed (broker or database unreachable): try again, less often while it lasts. */
    private static final ExponentialBackOff AFTER_FAILURE = doubling(Duration.ofSeconds(1), Duration.ofSeconds(16));

    /** How one transaction ended: a full batch (more may wait), all done, the lock held elsewhere, a failed send. */
    private enum Round { FULL_BATCH, DONE, LOCK_BUSY, FAILED }

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
    private final Duration sweepInterval;
    private final int batchSize;
    private final int maxEventBytes;
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    // The back-offs and the retry are the relay thread's alone.
    private BackOffExecution whileLockBusy = WHILE_LOCK_BUSY.start();
    private BackOffExecution afterFailure = AFTER_FAILURE.start();
    private ScheduledFuture<?> retry;
    private volatile ScheduledThreadPoolExecutor executor;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, Object> kafka,
                       String producer, Duration sweepInterval, int batchSize, int maxEventBytes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.producer = producer;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * Relays what is pending soon: after a commit ({@link Outbox} calls this), a release, or a change made beside the
     * outbox that the relay would otherwise only see at its next sweep (ops correcting a row by hand).
     */
    public void wakeUp() {
        ScheduledThreadPoolExecutor running = executor;
        // Commits that land while a round is queued ride on it: one round per burst, not one per commit (ADR 0022).
        if (running != null && wakeUpQueued.compareAndSet(false, true)) {
            try {
                running.execute(this::relayWokenUp);
            } catch (RejectedExecutionException stopping) {
                log.debug("Outbox relay stopping: its last round or the next start relays what was committed");
            }
        }
    }

    private void relayWokenUp() {
        wakeUpQueued.set(false);
        relayRound();
    }

    private void relayRetry() {
        retry = null;
        relayRound();
    }

    /** Relays batch after batch until none is full, then waits for the next wake-up or sweep, or retries. */
    private void relayRound() {
        switch (relayUntilDone()) {
            case LOCK_BUSY -> retryIn(whileLockBusy.nextBackOff());
            case FAILED -> retryIn(afterFailure.nextBackOff());
            default -> {
                resetBackOffs();
                if (retry != null) {
                    retry.cancel(false);
                    retry = null;
                }
            }
        }
    }

    private Round relayUntilDone() {
        try {
            Round round;
            do {
                round = relayBatch();
            } while (round == Round.FULL_BATCH);
            return round;
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed, retrying with back-off: {}", e.toString());
            return Round.FAILED;
        }
    }

    /** Keeps the one retry that comes first; none once stopping (the last round was the last). */
    private void retryIn(long delayMillis) {
        ScheduledThreadPoolExecutor running = executor;
        if (running == null || running.isShutdown()
                || retry != null && retry.getDelay(TimeUnit.MILLISECONDS) <= delayMillis) {
            return;
        }
        if (retry != null) {
            retry.cancel(false);
        }
        retry = running.schedule(this::relayRetry, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void resetBackOffs() {
        whileLockBusy = WHILE_LOCK_BUSY.start();
        afterFailure = AFTER_FAILURE.start();
    }

    /** From {@code first}, doubling up to {@code last}, for as long as it lasts. */
    private static ExponentialBackOff doubling(Duration first, Duration last) {
        ExponentialBackOff backOff = new ExponentialBackOff(first.toMillis(), 2);
        backOff.setMaxInterval(last.toMillis());
        return backOff;
    }

    private Round relayBatch() {
        return transactions.execute(status -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK)
                    .query(Boolean.class).single();
            return Boolean.TRUE.equals(locked) ? publishBatch() : Round.LOCK_BUSY;
        });
    }

    private Round publishBatch() {
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
                    log.warn("Outbox relay stopped at event {}: {}; it stays pending, retried with back-off",
                            sendable.get(i).id(), e.toString());
                } else {
                    park(sendable.get(i), "Kafka refused it: " + e.getCause());
                }
            }
        }
        if (!sent.isEmpty()) {
            jdbc.sql("update outbox_event set published_at = now() where id in (:ids)").param("ids", sent).update();
        }
        if (stopped) {
            return Round.FAILED;
        }
        return pending.size() == batchSize ? Round.FULL_BATCH : Round.DONE;
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

    /** The first round at once, for rows a crash left pending; then the sweep, for rows no wake-up announced. */
    @Override
    public synchronized void start() {
        wakeUpQueued.set(false);
        resetBackOffs();
        retry = null;
        ScheduledThreadPoolExecutor relayThread = DaemonThread.named("outbox-relay");
        executor = relayThread;
        relayThread.scheduleWithFixedDelay(this::relayRound, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            // The listeners stopped before us: what their last handlers committed goes out now, not at the next
            // start, within the thread's bounded stop.
            executor.execute(this::relayRound);
            DaemonThread.stop(executor);
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
