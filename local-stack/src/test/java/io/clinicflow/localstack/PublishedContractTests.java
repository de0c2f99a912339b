package io.clinicflow.localstack;

import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contract as a subscriber outside ClinicFlow meets it: the broker at the address the local stack prints, a plain
 * Kafka consumer, and the {@code .avsc} files of {@code schemas/src/main/avro}; nothing of ClinicFlow's code.
 */
class PublishedContractTests {

    private static final String ADVERTISED_BROKER = "localhost:9092";
    private static final Path PUBLISHED_AVSC = Path.of("..", "schemas", "src", "main", "avro");
    /** Kafka's own topics ({@code __consumer_offsets}, {@code __transaction_state}) are no part of the contract. */
    private static final String KAFKA_INTERNAL = "__";

    @Test
    void everyRecordOfEveryTopicDecodesWithThePublishedSchemas() {
        walkOneClientFromBookingToErasure(LocalStackOnItsPorts.start());
        PublishedSchemas schemas = PublishedSchemas.in(PUBLISHED_AVSC);

        List<ConsumerRecord<String, byte[]>> records = await().atMost(ofSeconds(60)).pollInterval(ofSeconds(1))
                .until(PublishedContractTests::everyRecordOnTheBroker, PublishedContractTests::holdTheWholeJourney);

        assertThat(records).allSatisfy(record -> {
            if (record.value() == null) {
                assertThat(record.topic()).as("a tombstone: %s", where(record)).isEqualTo(Topics.CRM_CLIENT_JOURNEY);
            } else {
                assertThat(clientIdIn(decoded(schemas, record))).as("meta.clientId of %s", where(record))
                        .isEqualTo(record.key());
            }
        });
    }

    /** Events on every topic ClinicFlow publishes to, and the erasure's tombstone for the CRM. */
    private static boolean holdTheWholeJourney(List<ConsumerRecord<String, byte[]>> records) {
        return Topics.published().stream().allMatch(topic -> records.stream().anyMatch(r -> r.topic().equals(topic)))
                && records.stream().anyMatch(r -> r.topic().equals(Topics.CRM_CLIENT_JOURNEY) && r.value() == null);
    }

    /** Registered, declared, booked, treated and, once aftercare has started, erased: every topic gets its events. */
    private static void walkOneClientFromBookingToErasure(ClinicInfrastructure stack) {
        Clinic clinic = new Clinic(ApiClient.onPort(StackPort.BOOKING.number()),
                ApiClient.onPort(StackPort.SESSION.number()), ApiClient.onPort(StackPort.AFTERCARE.number()),
                stack.clock());
        Clinic.Site site = clinic.openSite("ClinicFlow Leeds", "Europe/London", "Ruth Adeyemi");
        String client = clinic.registerClient(site, "Grace", "Hopper", "1986-12-09");
        clinic.declareHealth(client, Map.of());
        Clinic.Slot slot = clinic.firstFreeSlot(site, 1);
        String booking = clinic.book(client, site, slot).text("id");
        await().atMost(ofSeconds(30)).until(() -> clinic.status(booking), "CONFIRMED"::equals);
        clinic.arriveFor(slot);
        clinic.checkIn(booking);
        clinic.completeFaceTreatment(booking, 1.0);
        await().atMost(ofSeconds(30)).until(() -> !clinic.aftercare(client).isEmpty());
        assertThat(clinic.eraseClient(client).status()).isEqualTo(204);
    }

    /**
     * Every record of every topic the broker lists, from the beginning to the end of each partition; but the ops
     * dashboard's snapshots of its projection, its private state, which the ACLs let no subscriber read (ADR 0061).
     */
    private static List<ConsumerRecord<String, byte[]>> everyRecordOnTheBroker() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ADVERTISED_BROKER,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"))) {
            List<TopicPartition> partitions = consumer.listTopics().values().stream().flatMap(List::stream)
                    .filter(partition -> !partition.topic().startsWith(KAFKA_INTERNAL))
                    .filter(partition -> !partition.topic().equals(Topics.DASHBOARD_SNAPSHOTS))
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static GenericRecord decoded(PublishedSchemas schemas, ConsumerRecord<String, byte[]> record) {
        try {
            return schemas.decode(record.value());
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(where(record) + " does not decode with the published schemas: " + e, e);
        }
    }

    private static String where(ConsumerRecord<String, byte[]> record) {
        return "%s-%d at offset %d".formatted(record.topic(), record.partition(), record.offset());
    }

    private static String clientIdIn(GenericRecord event) {
        return String.valueOf(((GenericRecord) event.get("meta")).get("clientId"));
    }
}
