package io.clinicflow.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * The housekeeping against a real PostgreSQL with the services' migrations (ADR 0057). Rows are made old with SQL, on
 * the database's clock the purge reads: nothing waits for them to age.
 */
class OutboxAndInboxHousekeepingTests {

    private static final Duration OUTBOX_RETENTION = Duration.ofDays(7);
    private static final Duration INBOX_RETENTION = Duration.ofDays(150);
    private static final Duration AN_HOUR = Duration.ofHours(1);
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    private enum OutboxRow { PUBLISHED, PENDING, PARKED }

    private static EmbeddedPostgres postgres;

    private final JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    /** The housekeeping's data source: outside a transaction, each statement borrows a connection and commits alone. */
    private final ConnectionsBorrowed statements = new ConnectionsBorrowed(postgres.getPostgresDatabase());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
        MessagingTables.createIn(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void emptyOutboxAndInbox() {
        jdbc.sql("delete from outbox_event").update();
        jdbc.sql("delete from inbox_event").update();
    }

    @Test
    void purgesPublishedOutboxRowsPastTheRetentionAndKeepsPendingAndParkedRowsWhateverTheirAge() {
        outboxRows(1, OutboxRow.PUBLISHED, OUTBOX_RETENTION.plus(AN_HOUR));
        List<UUID> kept = List.of(outboxRows(1, OutboxRow.PUBLISHED, OUTBOX_RETENTION.minus(AN_HOUR)).getFirst(),
                outboxRows(1, OutboxRow.PENDING, Duration.ofDays(400)).getFirst(),
                outboxRows(1, OutboxRow.PARKED, Duration.ofDays(400)).getFirst());

        housekeeping(100).purge();

        assertThat(eventIdsIn("outbox_event")).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(purgedFrom("outbox_event")).isOne();
    }

    @Test
    void purgesInboxRowsPastTheRetentionAndKeepsTheYoungerOnes() {
        inboxRows(1, INBOX_RETENTION.plus(AN_HOUR));
        List<UUID> young = inboxRows(1, INBOX_RETENTION.minus(AN_HOUR));

        housekeeping(100).purge();

        assertThat(eventIdsIn("inbox_event")).containsExactlyElementsOf(young);
        assertThat(purgedFrom("inbox_event")).isOne();
    }

    @Test
    void purgesMoreRowsThanAChunkOneShortTransactionPerChunk() {
        outboxRows(250, OutboxRow.PUBLISHED, OUTBOX_RETENTION.plus(AN_HOUR));
        inboxRows(250, INBOX_RETENTION.plus(AN_HOUR));

        housekeeping(100).purge();

        assertThat(eventIdsIn("outbox_event")).isEmpty();
        assertThat(eventIdsIn("inbox_event")).isEmpty();
        assertThat(statements.count()).as("100, 100 and 50 rows of each table, each delete committed alone")
                .isEqualTo(6);
        assertThat(purgedFrom("outbox_event")).isEqualTo(250);
        assertThat(purgedFrom("inbox_event")).isEqualTo(250);
    }

    /** Another instance is deleting the same rows: this one waits for it, finds them gone and carries on. */
    @Test
    void anotherInstancePurgingTheSameRowsAtOnceIsHarmless() throws Exception {
        inboxRows(3, INBOX_RETENTION.plus(AN_HOUR));
        try (Connection instanceB = postgres.getPostgresDatabase().getConnection();
             Statement purge = instanceB.createStatement()) {
            instanceB.setAutoCommit(false);
            purge.executeUpdate("delete from inbox_event where processed_at < now() - interval '150 days'");
            CompletableFuture<Void> thisInstance = CompletableFuture.runAsync(housekeeping(100)::purge);
            await().atMost(PROMPTLY).until(this::aStatementWaitsForALock);
            instanceB.commit();

            thisInstance.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);
        }

        assertThat(eventIdsIn("inbox_event")).isEmpty();
        assertThat(purgedFrom("inbox_event")).as("instance B's rows, not counted here").isZero();
    }

    @Test
    void purgesByItselfOnceStarted() {
        inboxRows(1, INBOX_RETENTION.plus(AN_HOUR));
        OutboxAndInboxHousekeeping housekeeping = new OutboxAndInboxHousekeeping(jdbc, registry, OUTBOX_RETENTION,
                INBOX_RETENTION, Duration.ofMillis(100), 100);

        housekeeping.start();
        try {
            await().atMost(PROMPTLY).until(() -> eventIdsIn("inbox_event").isEmpty());
        } finally {
            housekeeping.stop();
        }
        assertThat(housekeeping.isRunning()).isFalse();
    }

    /** A replayed dead letter can come back 120 days after a group handled it: the inbox must still know it. */
    @Test
    void refusesAnInboxRetentionShorterThanATopicsAndItsDeadLetterTopicsRetentionTogether() {
        assertThatIllegalArgumentException().isThrownBy(() -> housekeepingKeepingTheInbox(Duration.ofDays(119)))
                .withMessageContaining("clinicflow.inbox.retention");
        assertThatNoException().isThrownBy(() -> housekeepingKeepingTheInbox(Duration.ofDays(120)));
    }

    private OutboxAndInboxHousekeeping housekeeping(int chunkSize) {
        return new OutboxAndInboxHousekeeping(JdbcClient.create(statements), registry, OUTBOX_RETENTION,
                INBOX_RETENTION, AN_HOUR, chunkSize);
    }

    private OutboxAndInboxHousekeeping housekeepingKeepingTheInbox(Duration inboxRetention) {
        return new OutboxAndInboxHousekeeping(jdbc, registry, OUTBOX_RETENTION, inboxRetention, AN_HOUR, 100);
    }

    /** Outbox rows written {@code ago}, and then published or parked, or still pending. */
    private List<UUID> outboxRows(int count, OutboxRow row, Duration ago) {
        return jdbc.sql("""
                        insert into outbox_event (event_id, topic, record_key, event_type, occurred_at, payload,
                                                  created_at, published_at, parked_at, parked_reason)
                        select gen_random_uuid(), 'clinic.booking.events.v1', 'client-' || n, 'SessionBooked', aged.at,
                               decode('00', 'hex'), aged.at, case when :row = 'PUBLISHED' then aged.at end,
                               case when :row = 'PARKED' then aged.at end, case when :row = 'PARKED' then 'test' end
                        from generate_series(1, :count) n, (select now() - :ago * interval '1 second' as at) aged
                        returning event_id""")
                .param("count", count).param("row", row.name()).param("ago", ago.toSeconds())
                .query(UUID.class).list();
    }

    /** Inbox rows of events handled {@code ago}. */
    private List<UUID> inboxRows(int count, Duration ago) {
        return jdbc.sql("""
                        insert into inbox_event (consumer, event_id, processed_at)
                        select 'session-on-booking-events', gen_random_uuid(), now() - :ago * interval '1 second'
                        from generate_series(1, :count)
                        returning event_id""")
                .param("count", count).param("ago", ago.toSeconds())
                .query(UUID.class).list();
    }

    private List<UUID> eventIdsIn(String table) {
        return jdbc.sql("select event_id from " + table).query(UUID.class).list();
    }

    private double purgedFrom(String table) {
        return registry.get("clinicflow.housekeeping.purged").tag("table", table).counter().count();
    }

    private boolean aStatementWaitsForALock() {
        return jdbc.sql("select count(*) > 0 from pg_stat_activity where wait_event_type = 'Lock'")
                .query(Boolean.class).single();
    }
}
