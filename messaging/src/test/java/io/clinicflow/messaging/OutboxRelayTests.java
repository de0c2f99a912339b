package io.clinicflow.messaging;

import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.kernel.Journey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay against a real PostgreSQL and Kafka (ADR 0052): idle, it does not touch the database; a commit wakes it;
 * a round that finds the lock held by another instance, or that Kafka failed, is retried long before the sweep.
 * Each relay borrows its connections from a data source that counts them: one per round, as a round is a transaction.
 */
class OutboxRelayTests {

    /** A sweep no test waits for: what goes out within a test went out without it. */
    private static final Duration NO_SWEEP_IN_SIGHT = Duration.ofMinutes(10);
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;
    private static KafkaTemplate<String, Object> template;

    private final JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    /** The relay's data source: each connection it borrows is one round (one transaction) against the database. */
    private final ConnectionsBorrowed rounds = new ConnectionsBorrowed(postgres.getPostgresDatabase());
    private OutboxRelay relay;

    @BeforeAll
    static void startPostgresAndKafka() throws IOException {
        postgres = EmbeddedPostgres.start();
        MessagingTables.createIn(postgres.getPostgresDatabase());
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "false");
        kafka.afterPropertiesSet();
        kafka.addTopics(new NewTopic(Topics.BOOKING_EVENTS, 1, (short) 1));
        template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000)));
    }

    @AfterAll
    static void stopPostgresAndKafka() throws IOException {
        template.destroy();
        kafka.destroy();
        postgres.close();
    }

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("delete from outbox_event").update();
    }

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void anIdleRelayDoesNotTouchTheDatabaseAndACommitCostsItOneRound() {
        startRelay(NO_SWEEP_IN_SIGHT);
        await().atMost(PROMPTLY).until(() -> rounds.count() == 1);              // the start's round

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> rounds.count() == 1);
        UUID event = append();

        await().atMost(PROMPTLY).until(() -> published(event));
        assertThat(rounds.count()).as("the start's round and the commit's").isEqualTo(2);
    }

    /**
     * Instance B holds the lock while this instance commits: B's round may have read the outbox before the commit, so
     * this relay tries again until it gets the lock once, and the event goes out as soon as B is done.
     */
    @Test
    void anEventCommittedWhileAnotherInstanceRelaysGoesOutAsSoonAsThatInstanceIsDone() throws SQLException {
        startRelay(NO_SWEEP_IN_SIGHT);
        await().atMost(PROMPTLY).until(() -> rounds.count() == 1);
        UUID event;
        try (Connection instanceB = postgres.getPostgresDatabase().getConnection();
             Statement round = instanceB.createStatement()) {
            instanceB.setAutoCommit(false);
            round.execute("select pg_advisory_xact_lock(" + OutboxRelay.RELAY_LOCK + ")");
            event = append();
            await().atMost(PROMPTLY).until(() -> rounds.count() >= 3);         // woken, found the lock busy, tried again
            assertThat(published(event)).isFalse();
            instanceB.commit();
        }

        await().atMost(PROMPTLY).until(() -> published(event));
    }

    /** Kafka cannot take the event for now (its topic is not there yet): the relay retries, then it goes out. */
    @Test
    void anEventKafkaCouldNotTakeGoesOutOnceItCanWithoutWaitingForTheSweep() {
        String topic = "outbox-relay-tests." + UUID.randomUUID();
        startRelay(NO_SWEEP_IN_SIGHT);
        UUID event = insertBesideTheOutbox(topic);
        relay.wakeUp();

        await().atMost(PROMPTLY).until(() -> rounds.count() >= 3);             // the start's, the failed one, a retry
        assertThat(published(event)).isFalse();
        kafka.addTopics(new NewTopic(topic, 1, (short) 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> published(event)); // back-off: at most 16 s between tries
    }

    @Test
    void anEventLeftFromBeforeTheStartGoesOutAtTheStart() {
        relay = relaySweepingEvery(NO_SWEEP_IN_SIGHT);
        UUID event = append();                                                  // its wake-up finds the relay stopped

        relay.start();

        await().atMost(PROMPTLY).until(() -> published(event));
    }

    @Test
    void anEventNoWakeUpAnnouncedGoesOutAtTheSweep() {
        startRelay(Duration.ofSeconds(1));
        await().atMost(PROMPTLY).until(() -> rounds.count() >= 1);

        UUID event = insertBesideTheOutbox(Topics.BOOKING_EVENTS);

        await().atMost(PROMPTLY).until(() -> published(event));
    }

    /** A transaction's events are one insert at its commit (ADR 0055), and go out in the order they were appended. */
    @Test
    void aTransactionsEventsAreInsertedInOneStatementAndGoOutInTheirOrder() {
        startRelay(NO_SWEEP_IN_SIGHT);
        StatementsPrepared database = new StatementsPrepared(postgres.getPostgresDatabase());

        List<UUID> events = append(database, 3);

        assertThat(database.statementsOn("outbox_event")).isOne();
        assertThat(jdbc.sql("select event_id from outbox_event order by id").query(UUID.class).list())
                .containsExactlyElementsOf(events);
        await().atMost(PROMPTLY).until(() -> events.stream().allMatch(this::published));
    }

    private void startRelay(Duration sweepInterval) {
        relay = relaySweepingEvery(sweepInterval);
        relay.start();
    }

    private OutboxRelay relaySweepingEvery(Duration sweepInterval) {
        return new OutboxRelay(JdbcClient.create(rounds), new TransactionTemplate(new DataSourceTransactionManager(rounds)),
                template, "booking-service", sweepInterval, 200, OutboxAutoConfiguration.MAX_EVENT_BYTES);
    }

    /** Appends an event as a use case does: in a transaction, whose commit wakes the relay. */
    private UUID append() {
        return append(postgres.getPostgresDatabase(), 1).getFirst();
    }

    /** Appends events in one transaction, of a journey each. */
    private List<UUID> append(DataSource database, int count) {
        Outbox outbox = new Outbox(JdbcClient.create(database), SingleObjectCodec.shipped(), BusinessClock.system(),
                "booking-service", relay, new EventMetrics(new SimpleMeterRegistry()),
                OutboxAutoConfiguration.MAX_EVENT_BYTES, new JourneyTrace(1));
        List<UUID> appended = new ArrayList<>();
        new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(status ->
                IntStream.range(0, count).forEach(i -> outbox.append(Journey.start(UUID.randomUUID(), UUID.randomUUID()),
                        meta -> {
                            appended.add(UUID.fromString(meta.getEventId()));
                            return new ClientErasureRequested(meta, meta.getClientId(), Instant.EPOCH);
                        })));
        return appended;
    }

    /** A row written with plain SQL, as ops would: nothing wakes the relay. */
    private UUID insertBesideTheOutbox(String topic) {
        UUID event = UUID.randomUUID();
        jdbc.sql("""
                        insert into outbox_event (event_id, topic, record_key, event_type, occurred_at, payload)
                        values (:id, :topic, :key, 'ClientErasureRequested', now(), :payload)""")
                .param("id", event).param("topic", topic).param("key", UUID.randomUUID().toString())
                .param("payload", new byte[] {1}).update();
        return event;
    }

    private boolean published(UUID event) {
        return jdbc.sql("select published_at is not null from outbox_event where event_id = :id")
                .param("id", event).query(Boolean.class).single();
    }
}
