package io.clinicflow.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Deletes what the outbox and the inbox no longer need, so neither grows with traffic (ADR 0057): published outbox
 * rows older than the outbox retention (kept that long for ops' forensics; pending and parked rows stay whatever their
 * age), and inbox rows older than the inbox retention, which outlives every way an event can come back. Ages are the
 * database's ({@code now()}), never the business clock, which tests and the fault suite move by days.
 * <p>
 * It runs a minute after start, then at its interval, on a thread of its own: a service needs no
 * {@code @EnableScheduling}. Rows go in chunks, each delete its own short transaction, so no lock is held long and no
 * burst of WAL is written. Instances of a service purging at once are harmless: one that meets rows another is
 * deleting waits for it, finds them gone and deletes nothing.
 */
public class OutboxAndInboxHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxAndInboxHousekeeping.class);

    /**
     * The shortest inbox retention that still recognises a dead-letter replay in every consumer group: a record can be
     * dead-lettered as long as it stays on its topic after a group handled it (30 days), and replayed from the
     * dead-letter topic for 90 days after that (ADR 0014).
     */
    static final Duration SHORTEST_INBOX_RETENTION = Duration.ofDays(30 + 90);
    /** The first run waits out the start (Flyway, the relay's catch-up), unless the interval is shorter still. */
    private static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final List<AgedRows> tables;
    private final Duration interval;
    private final int chunkSize;
    private volatile boolean stopping;
    private volatile ScheduledThreadPoolExecutor executor;

    public OutboxAndInboxHousekeeping(JdbcClient jdbc, MeterRegistry registry, Duration outboxRetention,
                                      Duration inboxRetention, Duration interval, int chunkSize) {
        refuseUnsafe(outboxRetention, inboxRetention, chunkSize);
        this.jdbc = jdbc;
        // published_at < … leaves out pending and parked rows: their published_at is null
        this.tables = List.of(
                new AgedRows("outbox_event", "published_at", outboxRetention, purged(registry, "outbox_event")),
                new AgedRows("inbox_event", "processed_at", inboxRetention, purged(registry, "inbox_event")));
        this.interval = interval;
        this.chunkSize = chunkSize;
    }

    private static void refuseUnsafe(Duration outboxRetention, Duration inboxRetention, int chunkSize) {
        if (inboxRetention.compareTo(SHORTEST_INBOX_RETENTION) < 0) {
            throw new IllegalArgumentException(("clinicflow.inbox.retention %s is shorter than %s: a replayed dead "
                    + "letter would be handled again by the groups that handled it first (ADR 0057)")
                    .formatted(inboxRetention, SHORTEST_INBOX_RETENTION));
        }
        if (outboxRetention.isNegative()) {
            throw new IllegalArgumentException("clinicflow.outbox.retention " + outboxRetention + " is negative");
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException(
                    "clinicflow.housekeeping.chunk-size " + chunkSize + " deletes nothing: a run would never end");
        }
    }

    private static Counter purged(MeterRegistry registry, String table) {
        return Counter.builder("clinicflow.housekeeping.purged").tag("table", table)
                .description("Rows deleted once past their retention (ADR 0057)").register(registry);
    }

    /** Deletes every table's rows past its retention, chunk after chunk, until a chunk comes back short or we stop. */
    void purge() {
        for (AgedRows table : tables) {
            int deleted;
            do {
                deleted = table.deleteChunk(jdbc, chunkSize);
                table.purged().increment(deleted);
            } while (deleted == chunkSize && !stopping);
        }
    }

    private void purgeOrTryAgainLater() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("Housekeeping of the outbox and inbox failed, tried again in {}: {}", interval, e.toString());
        }
    }

    /** A table's rows, aged by one of its time columns, and how long they are kept. */
    private record AgedRows(String table, String agedColumn, Duration retention, Counter purged) {

        /** One short transaction; the rows are found by their place in the table, so none is looked up twice. */
        int deleteChunk(JdbcClient jdbc, int chunkSize) {
            return jdbc.sql("""
                            delete from %1$s where ctid = any(array(
                                select ctid from %1$s where %2$s < now() - :retention * interval '1 second'
                                limit :chunk))"""
                            .formatted(table, agedColumn))
                    .param("retention", retention.toSeconds())
                    .param("chunk", chunkSize)
                    .update();
        }
    }

    @Override
    public synchronized void start() {
        stopping = false;
        ScheduledThreadPoolExecutor housekeeper = DaemonThread.named("housekeeping");
        Duration firstRun = interval.compareTo(FIRST_RUN_AFTER) < 0 ? interval : FIRST_RUN_AFTER;
        housekeeper.scheduleWithFixedDelay(this::purgeOrTryAgainLater, firstRun.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        executor = housekeeper;
    }

    /** Ends a run after its current chunk; nothing is lost, the next start carries on. */
    @Override
    public synchronized void stop() {
        if (executor != null) {
            stopping = true;
            DaemonThread.stop(executor);
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
