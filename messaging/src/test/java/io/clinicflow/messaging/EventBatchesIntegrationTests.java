package io.clinicflow.messaging;

import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.session.SessionStarted;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.autoconfigure.TracingProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.clinicflow.messaging.BatchedCheckIns.LISTENER;
import static io.clinicflow.messaging.BatchedCheckIns.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * EventBatches on a real broker and PostgreSQL, with Boot's container and DeadLetters' error handler: one topic
 * partition, so a poll's records are one batch in the order they were sent.
 */
@SpringBootTest(classes = BatchedCheckIns.class)
class EventBatchesIntegrationTests {

    private static final EmbeddedKafkaKraftBroker KAFKA = startKafka();
    private static final EmbeddedPostgres POSTGRES = startPostgres();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private KafkaTemplate<String, Object> kafka;
    @Autowired
    private KafkaListenerEndpointRegistry containers;
    @Autowired
    private BatchedCheckIns.Listener listener;
    @Autowired
    private BatchedCheckIns.CheckIns checkIns;
    @Autowired
    private StatementsPrepared database;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private Inbox inbox;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private BatchedCheckIns.RecordedSpans spans;
    @Autowired
    private TracingProperties tracing;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        properties.add("spring.kafka.bootstrap-servers", KAFKA::getBrokersAsString);
        properties.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        properties.add("spring.application.name", () -> "batch-tests");
    }

    @AfterEach
    void stopConsuming() {
        containers.getListenerContainer(LISTENER).stop();
    }

    @Test
    void handlesAPollOfGoodRecordsInOneCommitEachInItsJourney() {
        List<SessionStarted> events = checkIns(20);
        events.forEach(this::send);
        int commitsBefore = database.commits();
        long inboxStatementsBefore = database.statementsOn("inbox_event");
        int batchesBefore = listener.batchesReceived.get();

        consumeUntilHandled(events);

        assertThat(listener.batchesReceived.get() - batchesBefore).isOne();
        assertThat(database.commits() - commitsBefore).isOne();
        assertThat(database.statementsOn("inbox_event") - inboxStatementsBefore).as("one read, one insert").isEqualTo(2);
        assertThat(events).allSatisfy(event -> assertThat(listener.seen.get(eventId(event))).isEqualTo(
                new BatchedCheckIns.Seen(event.getMeta().getCorrelationId(), traceIdOf(event),
                        traceparentOf(event, true))));
        assertThat(meters.find("spring.kafka.listener").tag("spring.kafka.listener.id", LISTENER).timer().count())
                .isGreaterThanOrEqualTo(events.size());
        assertThat(meters.find("spring.kafka.listener").tagKeys("name").timers()).isEmpty();
    }

    /**
     * The traceparent's sampled flag decides (ADR 0056): an unsampled journey's record records no span, yet its
     * handler's log lines still carry the journey's trace id (Brave puts it in the MDC whether sampled or not).
     * Its listener timer has no per-record long task timer beside it.
     */
    @Test
    void recordsSpansOfSampledJourneysOnlyAndLogsEveryJourneysTraceId() {
        List<SessionStarted> events = checkIns(10);
        List<SessionStarted> sampled = IntStream.range(0, events.size()).filter(i -> i % 2 == 0).mapToObj(events::get)
                .toList();
        events.forEach(event -> send(event, sampled.contains(event)));

        consumeUntilHandled(events);

        assertThat(events).allSatisfy(event -> assertThat(listener.seen.get(eventId(event)).traceId())
                .isEqualTo(traceIdOf(event)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(spans.traceIds).containsAll(
                sampled.stream().map(EventBatchesIntegrationTests::traceIdOf).toList()));
        assertThat(spans.traceIds).doesNotContainAnyElementsOf(events.stream().filter(event -> !sampled.contains(event))
                .map(EventBatchesIntegrationTests::traceIdOf).toList());
        assertThat(meters.find("spring.kafka.listener").timer()).isNotNull();
        assertThat(meters.find("spring.kafka.listener.active").longTaskTimer()).isNull();
    }

    /** Requests not part of a journey's events are sampled by chance, at the journeys' rate (ClinicFlowDefaults). */
    @Test
    void samplesOtherTracesAtTheJourneysRate() {
        assertThat(tracing.getSampling().getProbability()).isEqualTo(Float.parseFloat(JourneyTrace.DEFAULT_SAMPLING));
    }

    @Test
    void deadLettersAnUnreadableRecordAndHandlesTheOthersOnceInOrder() {
        List<SessionStarted> events = checkIns(8);
        byte[] unreadable = "not an event".getBytes(StandardCharsets.UTF_8);
        events.subList(0, 4).forEach(this::send);
        kafka.send(TOPIC, "client", unreadable);
        events.subList(4, 8).forEach(this::send);

        consumeUntilHandled(events);

        assertThat(handledInOrder(events)).containsExactlyElementsOf(ids(events));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(deadLetters()).anySatisfy(letter -> assertThat(letter.value()).isEqualTo(unreadable)));
    }

    @Test
    void deadLettersARecordThatKeepsFailingAfterTheEarlierOnesCommittedAndHandlesTheRestOnce() {
        List<SessionStarted> events = checkIns(9);
        SessionStarted failing = events.get(4);
        checkIns.fail(eventId(failing), Integer.MAX_VALUE);
        events.forEach(this::send);
        List<SessionStarted> others = events.stream().filter(event -> event != failing).toList();

        consumeUntilHandled(others);

        assertThat(handledInOrder(events)).containsExactlyElementsOf(ids(others));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deadLetters())
                .anySatisfy(letter -> {
                    assertThat(letter.value()).isEqualTo(SingleObjectCodec.shipped().encode(failing));
                    assertThat(new String(letter.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN).value(),
                            StandardCharsets.UTF_8)).as("the record's own cause").isEqualTo(
                            IllegalStateException.class.getName());
                }));
        assertThat(checkIns.attempts(eventId(failing))).as("tried, then retried per policy").isGreaterThan(3);
    }

    @Test
    void retriesARecordThatFailedOnceAndHandlesEveryRecordOnceInOrder() {
        List<SessionStarted> events = checkIns(9);
        checkIns.fail(eventId(events.get(3)), 2);
        events.forEach(this::send);

        consumeUntilHandled(events);

        assertThat(handledInOrder(events)).containsExactlyElementsOf(ids(events));
        assertThat(checkIns.attempts(eventId(events.get(0)))).as("batch, then alone").isEqualTo(2);
    }

    @Test
    void aRedeliveredBatchChangesNothing() throws Exception {
        List<SessionStarted> events = checkIns(6);
        events.forEach(this::send);
        consumeUntilHandled(events);
        awaitOffsetsCommitted();
        containers.getListenerContainer(LISTENER).stop();

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.getBrokersAsString()))) {
            long firstOffset = endOffset() - events.size();
            admin.alterConsumerGroupOffsets(LISTENER, Map.of(new TopicPartition(TOPIC, 0),
                    new OffsetAndMetadata(firstOffset))).all().get();
        }
        containers.getListenerContainer(LISTENER).start();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events)
                .allSatisfy(event -> assertThat(checkIns.attempts(eventId(event))).isEqualTo(2)));
        assertThat(handledInOrder(events)).containsExactlyElementsOf(ids(events));
    }

    /**
     * A partition's previous owner, still finishing, records one of the batch's events after the batch read the
     * inbox: the batch's insert finds it and the batch rolls back (redone one record each, it answers "seen").
     */
    @Test
    void aBatchWhoseEventAnotherConsumerRecordedMeanwhileRollsBack() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        TransactionTemplate batch = new TransactionTemplate(transactionManager);
        TransactionTemplate previousOwner = new TransactionTemplate(transactionManager);
        previousOwner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> batch.executeWithoutResult(status -> {
            inbox.announce(List.of(first, second));
            assertThat(inbox.firstDelivery(LISTENER, first)).isTrue();
            assertThat(inbox.firstDelivery(LISTENER, second)).isTrue();
            assertThat(inbox.firstDelivery(LISTENER, first)).as("twice in one batch").isFalse();
            previousOwner.executeWithoutResult(alone -> assertThat(inbox.firstDelivery(LISTENER, second)).isTrue());
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("1 of this batch's 2 events");

        Boolean firstAgain = batch.execute(status -> inbox.firstDelivery(LISTENER, first));
        Boolean secondAgain = batch.execute(status -> {
            inbox.announce(List.of(second));
            return inbox.firstDelivery(LISTENER, second);
        });
        assertThat(firstAgain).as("rolled back").isTrue();
        assertThat(secondAgain).as("held").isFalse();
    }

    private void consumeUntilHandled(List<SessionStarted> events) {
        containers.getListenerContainer(LISTENER).start();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(handledInOrder(events)).hasSize(events.size()));
    }

    /** The events' ids in the order their effects were written, once per effect. */
    private List<String> handledInOrder(List<SessionStarted> events) {
        return jdbc.sql("select event_id::text from checked_in where event_id::text in (:ids) order by seq")
                .param("ids", ids(events)).query(String.class).list();
    }

    private void awaitOffsetsCommitted() throws Exception {
        long end = endOffset();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.getBrokersAsString()))) {
            await().atMost(PATIENCE).until(() -> admin.listConsumerGroupOffsets(LISTENER)
                    .partitionsToOffsetAndMetadata().get().get(new TopicPartition(TOPIC, 0)),
                    committed -> committed != null && committed.offset() == end);
        }
    }

    private long endOffset() {
        try (KafkaConsumer<String, byte[]> consumer = rawConsumer()) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            return consumer.endOffsets(List.of(partition)).get(partition);
        }
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters() {
        try (KafkaConsumer<String, byte[]> consumer = rawConsumer()) {
            TopicPartition partition = new TopicPartition(Topics.deadLetterOf(TOPIC), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
            }
            return letters;
        }
    }

    private static KafkaConsumer<String, byte[]> rawConsumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBrokersAsString()),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void send(SessionStarted event) {
        send(event, true);
    }

    private void send(SessionStarted event, boolean sampled) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(TOPIC, event.getMeta().getClientId(), event);
        record.headers().add(JourneyTrace.HEADER, traceparentOf(event, sampled).getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();
    }

    private static List<SessionStarted> checkIns(int count) {
        String client = UUID.randomUUID().toString();
        return IntStream.range(0, count).mapToObj(i -> SessionStarted.newBuilder()
                .setMeta(EventMetadata.newBuilder().setEventId(UUID.randomUUID().toString())
                        .setEventType("SessionStarted").setOccurredAt(Instant.parse("2026-03-02T09:00:00Z"))
                        .setProducer("session-service").setCorrelationId(UUID.randomUUID().toString())
                        .setLocationId("london").setClientId(client).build())
                .setBookingId(UUID.randomUUID().toString()).setStartedAt(Instant.parse("2026-03-02T09:00:00Z"))
                .build()).toList();
    }

    /** One traceparent per event, stable across calls: its journey's trace and a span id from the event id. */
    private static String traceparentOf(SessionStarted event, boolean sampled) {
        String span = event.getMeta().getEventId().replace("-", "").substring(0, 16);
        return "00-" + traceIdOf(event) + "-" + span + (sampled ? "-01" : "-00");
    }

    private static String traceIdOf(SessionStarted event) {
        return JourneyTrace.traceIdOf(event.getMeta().getCorrelationId());
    }

    private static String eventId(SessionStarted event) {
        return event.getMeta().getEventId();
    }

    private static List<String> ids(List<SessionStarted> events) {
        return events.stream().map(EventBatchesIntegrationTests::eventId).toList();
    }

    private static EmbeddedKafkaKraftBroker startKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        broker.addTopics(new NewTopic(TOPIC, 1, (short) 1), new NewTopic(Topics.deadLetterOf(TOPIC), 1, (short) 1));
        return broker;
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            JdbcClient.create(postgres.getPostgresDatabase()).sql("""
                    create table inbox_event (consumer text not null, event_id uuid not null,
                                              primary key (consumer, event_id));
                    create table checked_in (seq bigserial primary key, event_id uuid not null, booking_id text not null);
                    """).update();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
