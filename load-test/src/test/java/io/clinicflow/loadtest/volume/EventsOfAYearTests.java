package io.clinicflow.loadtest.volume;

import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.crm.ClientJourneyUpdated;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionCompleted;

import io.clinicflow.events.CloudEventHeaders;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.AvroEventDeserializer;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small chain's history (one location, a tenth of a year: 1 500 bookings, 500 sessions) seeded onto the real
 * embedded broker, and read back as a subscriber and a restarted service would. A tenth of a year, not less: a
 * session comes 1–21 days after its booking, so a history of a few days would hold almost none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsOfAYearTests {

    private static final ChainSize SMALL_CHAIN = new ChainSize(1, 0.1);
    /** A fixed end of the history, in the past of any wall clock that runs these tests. */
    private static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");
    private static final String SERVICE_GROUP = "session-on-booking-events";
    private static final String SERVICE_GROUP_ON_ONE_PARTITION = "aftercare-on-session-events";
    /** booking-service's listener of aftercare events; this test commits nothing for it. */
    private static final String SERVICE_GROUP_THAT_NEVER_COMMITTED = "booking-on-aftercare-events";

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private Admin admin;
    private Map<TopicPartition, Long> endsBefore;
    private Map<TopicPartition, OffsetAndMetadata> dashboardBefore;
    private SeedOutcome outcome;
    private final Map<String, List<ConsumerRecord<String, SpecificRecord>>> seededByTopic = new HashMap<>();

    @BeforeAll
    void seedAYearOnTopicsWithCommittedGroups() throws Exception {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()));
        // records on the topics before the year, as the harness's empty phase leaves them
        new EventsOfAYear(7L, Clock.systemUTC()).write(infrastructure, SMALL_CHAIN, NOW);
        endsBefore = ends(EventsOfAYear.SEEDED_TOPICS);
        commit(SERVICE_GROUP, partitionsOf(Topics.BOOKING_EVENTS));
        commit(SERVICE_GROUP_ON_ONE_PARTITION, List.of(new TopicPartition(Topics.SESSION_EVENTS, 0)));
        commit(EventsOfAYear.DASHBOARD_GROUP, partitionsOf(Topics.BOOKING_EVENTS));
        dashboardBefore = committed(EventsOfAYear.DASHBOARD_GROUP);
        outcome = new EventsOfAYear(19L, Clock.systemUTC()).write(infrastructure, SMALL_CHAIN, NOW);
    }

    @Test
    void writesWhatItCountsOnEachTopicAndABookedEventPerBooking() throws Exception {
        Map<TopicPartition, Long> endsAfter = ends(EventsOfAYear.SEEDED_TOPICS);
        Map<String, Long> added = endsAfter.entrySet().stream().collect(Collectors.groupingBy(
                end -> end.getKey().topic(), Collectors.summingLong(end -> end.getValue() - endsBefore.get(end.getKey()))));
        assertThat(added).isEqualTo(outcome.items());
        List<SpecificRecord> bookingEvents = seeded(Topics.BOOKING_EVENTS).stream().map(ConsumerRecord::value).toList();
        assertThat(bookingEvents).filteredOn(SessionBooked.class::isInstance).hasSize((int) SMALL_CHAIN.bookings());
        assertThat(seeded(Topics.SESSION_EVENTS)).filteredOn(record -> record.value() instanceof ScreeningCompleted)
                .hasSize((int) SMALL_CHAIN.bookings());
        assertThat(seeded(Topics.SESSION_EVENTS)).filteredOn(record -> record.value() instanceof SessionCompleted)
                .hasSizeBetween((int) SMALL_CHAIN.sessions() / 2, (int) SMALL_CHAIN.sessions());
        assertThat(seeded(Topics.AFTERCARE_EVENTS)).filteredOn(record -> record.value() instanceof AftercareMessageSent)
                .hasSizeBetween((int) SMALL_CHAIN.sessions() / 2, (int) SMALL_CHAIN.aftercareMessages());
        assertThat(seeded(Topics.CRM_CLIENT_JOURNEY)).isNotEmpty()
                .allSatisfy(record -> assertThat(record.value()).isInstanceOf(ClientJourneyUpdated.class));
        assertThat(outcome.bytesOnDisk()).isPositive();
    }

    @Test
    void recordsReadAsTheServicesWroteThemWithTimestampsOfTheirYear() {
        Instant yearStart = NOW.minus(YearOfEvents.historyOf(SMALL_CHAIN));
        for (String topic : EventsOfAYear.SEEDED_TOPICS) {
            List<ConsumerRecord<String, SpecificRecord>> records = seeded(topic);
            assertThat(records).as(topic).isNotEmpty().allSatisfy(record -> {
                EventMetadata meta = EventCatalog.metaOf(record.value());
                assertThat(meta.getEventType()).isEqualTo(record.value().getSchema().getName());
                assertThat(meta.getProducer()).isIn("booking-service", "session-service", "aftercare-service");
                assertThat(meta.getCorrelationId()).isNotBlank();
                assertThat(meta.getLocationId()).isNotBlank();
                assertThat(record.key()).isEqualTo(meta.getClientId());
                assertThat(record.timestamp()).isEqualTo(meta.getOccurredAt().toEpochMilli());
                assertThat(meta.getOccurredAt()).isBetween(yearStart, NOW);
                assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(meta.getEventId());
                assertThat(header(record, CloudEventHeaders.TYPE))
                        .isEqualTo(CloudEventHeaders.TYPE_PREFIX + meta.getEventType());
                assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/clinicflow/" + meta.getProducer());
            });
            assertThat(records.stream().collect(Collectors.groupingBy(ConsumerRecord::partition)))
                    .as(topic + " in time order on each partition").allSatisfy((partition, onIt) ->
                            assertThat(onIt).extracting(ConsumerRecord::timestamp).isSorted());
        }
    }

    /** What the topics held before (the harness's own traffic, younger than the year) no longer precedes it. */
    @Test
    void theYearIsAllThereIsOnTheTopicsAfterSeeding() throws Exception {
        assertThat(endsBefore.values()).as("records were there before").anyMatch(offset -> offset > 0);
        assertThat(offsetsAt(EventsOfAYear.SEEDED_TOPICS, OffsetSpec.earliest())).isEqualTo(endsBefore);
    }

    @Test
    void topicsKeepTheYearForAMonthAfterSeeding() throws Exception {
        Duration year = YearOfEvents.historyOf(SMALL_CHAIN);
        assertThat(TopicRetention.retentionOf(admin, EventsOfAYear.SEEDED_TOPICS)).allSatisfy((topic, retention) ->
                assertThat(retention).as(topic).isGreaterThanOrEqualTo(year.plus(EventsOfAYear.EVENT_RETENTION).toMillis()));
    }

    @Test
    void servicesStartAfterTheSeededYearAndTheDashboardWhereItWas() throws Exception {
        Map<TopicPartition, Long> endsAfter = ends(EventsOfAYear.SEEDED_TOPICS);
        assertThat(committed(SERVICE_GROUP)).isEqualTo(offsets(endsAfter, Topics.BOOKING_EVENTS));
        assertThat(committed(SERVICE_GROUP_ON_ONE_PARTITION)).isEqualTo(offsets(endsAfter, Topics.SESSION_EVENTS));
        assertThat(committed(SERVICE_GROUP_THAT_NEVER_COMMITTED)).isEqualTo(offsets(endsAfter, Topics.AFTERCARE_EVENTS));
        assertThat(committed(EventsOfAYear.DASHBOARD_GROUP)).isEqualTo(dashboardBefore);
    }

    @Test
    void findsTheGroupsAndTopicsOfTheServicesListeners() {
        assertThat(ServiceListeners.groupsAndTopics(EventsOfAYear.SERVICES))
                .containsEntry(SERVICE_GROUP, Set.of(Topics.BOOKING_EVENTS))
                .containsEntry(SERVICE_GROUP_ON_ONE_PARTITION, Set.of(Topics.SESSION_EVENTS))
                .containsEntry(SERVICE_GROUP_THAT_NEVER_COMMITTED, Set.of(Topics.AFTERCARE_EVENTS))
                .doesNotContainKey("${clinicflow.dashboard.group:ops-dashboard}");
    }

    @Test
    void theSameSeedTellsTheSameYear() {
        List<String> first = eventIds(new YearOfEvents(7L, SMALL_CHAIN, NOW), 500);
        assertThat(eventIds(new YearOfEvents(7L, SMALL_CHAIN, NOW), 500)).isEqualTo(first);
        assertThat(eventIds(new YearOfEvents(8L, SMALL_CHAIN, NOW), 500)).doesNotContainAnyElementsOf(first);
    }

    private static List<String> eventIds(YearOfEvents events, int count) {
        return IntStream.range(0, count).mapToObj(i -> EventCatalog.metaOf(events.next().event()).getEventId()).toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @AfterAll
    void closeAdmin() {
        admin.close();
    }

    private List<ConsumerRecord<String, SpecificRecord>> seeded(String topic) {
        return seededByTopic.computeIfAbsent(topic, this::read);
    }

    /** The seeded records of a topic, decoded with the services' own deserializer. */
    private List<ConsumerRecord<String, SpecificRecord>> read(String topic) {
        try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new StringDeserializer(), new AvroEventDeserializer())) {
            List<TopicPartition> partitions = partitionsOf(topic);
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, endsBefore.get(partition)));
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, SpecificRecord>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private List<TopicPartition> partitionsOf(String topic) {
        return endsBefore.keySet().stream().filter(partition -> partition.topic().equals(topic)).toList();
    }

    private Map<TopicPartition, Long> ends(List<String> topics) throws Exception {
        return offsetsAt(topics, OffsetSpec.latest());
    }

    private Map<TopicPartition, Long> offsetsAt(List<String> topics, OffsetSpec spec) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(),
                        partition -> spec))).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
    }

    /** A group that read the partitions up to their current end, as a service does before it is stopped. */
    private void commit(String group, List<TopicPartition> partitions) throws Exception {
        admin.alterConsumerGroupOffsets(group, offsets(endsBefore, partitions)).all().get();
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    }

    private static Map<TopicPartition, OffsetAndMetadata> offsets(Map<TopicPartition, Long> ends, String topic) {
        return offsets(ends, ends.keySet().stream().filter(partition -> partition.topic().equals(topic)).toList());
    }

    private static Map<TopicPartition, OffsetAndMetadata> offsets(Map<TopicPartition, Long> ends,
                                                                  List<TopicPartition> partitions) {
        return partitions.stream().collect(Collectors.toMap(Function.identity(),
                partition -> new OffsetAndMetadata(ends.get(partition))));
    }
}
