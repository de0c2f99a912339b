package io.clinicflow.messaging;

import io.clinicflow.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Moves the records of {@code <topic>.dlt} back to {@code <topic>} after a fix: same key, same bytes, the original
 * headers without Spring Kafka's {@code kafka_dlt-*} ones. It moves what the dead-letter topic held when the replay
 * began, remembers how far it got (its own consumer group per service), and reports what it moved. Consumers that
 * already handled a record see it again and skip it (inbox); a record that still fails lands in the DLT again.
 */
public class DeadLetterReplay {

    /** What one replay moved, per partition of the dead-letter topic. */
    public record Report(String deadLetterTopic, String topic, int moved, Map<Integer, Integer> movedByPartition) {
    }

    private static final String DLT_HEADER_PREFIX = "kafka_dlt-";

    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<String, Object> kafka;

    public DeadLetterReplay(Map<String, Object> consumerConfig, String service, KafkaTemplate<String, Object> kafka) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, service + "-dlt-replay");
        this.consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.kafka = kafka;
    }

    /** Replays the dead letters of one event topic ({@code clinic.session.events.v1}, not its {@code .dlt}). */
    public synchronized Report replay(String topic) {
        if (!Topics.EVENT_TOPICS.contains(topic)) {
            throw new IllegalArgumentException("Not a ClinicFlow event topic: " + topic);
        }
        String deadLetterTopic = Topics.deadLetterOf(topic);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<Integer, Integer> moved = new TreeMap<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        moveBack(record, topic);
                        moved.merge(record.partition(), 1, Integer::sum);
                        consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                }
            }
            return new Report(deadLetterTopic, topic, moved.values().stream().mapToInt(Integer::intValue).sum(), moved);
        }
    }

    private void moveBack(ConsumerRecord<String, byte[]> record, String topic) {
        ProducerRecord<String, Object> original = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DLT_HEADER_PREFIX)) {
                original.headers().add(header);
            }
        }
        try {
            kafka.send(original).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not move a dead letter back to " + topic, e);
        }
    }
}
