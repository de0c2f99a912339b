package io.clinicflow.testkit;

import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.events.codec.UnreadableEventException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Reads topics as any subscriber would: from the beginning, every partition, decoded with the real codec. Also
 * writes raw bytes, for poison-record tests.
 */
public final class TopicProbe {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final SingleObjectCodec codec = SingleObjectCodec.shipped();

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static TopicProbe of(ClinicInfrastructure infrastructure) {
        return new TopicProbe(infrastructure.bootstrapServers());
    }

    /** Every record on the topic right now, bytes as written. */
    public List<ConsumerRecord<String, byte[]>> rawRecords(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /**
     * Every event on the topic right now, decoded. Tombstones (null values) are no events, and neither are the poison
     * records that tests of the dead-letter path put on the shared topics (the consumers dead-letter them): both are
     * left out. Tests of those records read {@link #rawRecords}.
     */
    public List<SpecificRecord> events(String topic) {
        return rawRecords(topic).stream().filter(record -> record.value() != null)
                .flatMap(record -> readable(record.value()).stream()).toList();
    }

    private Optional<SpecificRecord> readable(byte[] value) {
        try {
            return Optional.of(codec.decode(value));
        } catch (UnreadableEventException poison) {
            return Optional.empty();
        }
    }

    /** Waits (bounded) for an event of the type that matches, and returns it. */
    public <T extends SpecificRecord> T awaitEvent(String topic, Class<T> type, Predicate<T> matching) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(
                () -> events(topic).stream().filter(type::isInstance).map(type::cast).filter(matching).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** Events of this type that concern one client, in topic order. */
    public <T extends SpecificRecord> List<T> eventsOf(String topic, Class<T> type, String clientId) {
        return events(topic).stream().filter(type::isInstance).map(type::cast)
                .filter(event -> EventCatalog.metaOf(event).getClientId().equals(clientId)).toList();
    }

    public void sendRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write to " + topic, e);
        }
    }
}
