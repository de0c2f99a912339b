package io.clinicflow.dashboard.snapshot;

import io.clinicflow.events.Topics;
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
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The snapshot topic as the dashboard uses it: one partition, one record per consumer group (the key), the latest of
 * which counts. Reading looks back from the end a few records at a time, so a start reads one snapshot, not the
 * snapshots compaction has not dropped yet.
 */
final class SnapshotLog implements AutoCloseable {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.DASHBOARD_SNAPSHOTS, 0);
    private static final int LOOK_BACK = 16;
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Map<String, Object> consumerProperties;
    private final KafkaProducer<String, byte[]> producer;
    private final String key;

    SnapshotLog(KafkaProperties kafka, String key) {
        this.key = key;
        this.consumerProperties = new HashMap<>(kafka.buildConsumerProperties());
        consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);     // assigned, not subscribed: no group, no commits
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> producerProperties = new HashMap<>(kafka.buildProducerProperties());
        producerProperties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        producerProperties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, SnapshotTopic.MAX_BYTES);
        this.producer = new KafkaProducer<>(producerProperties, new StringSerializer(), new ByteArraySerializer());
    }

    /** The group's latest snapshot, empty if it has none. */
    Optional<byte[]> latest() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(List.of(PARTITION));
            long begin = consumer.beginningOffsets(List.of(PARTITION), PATIENCE).get(PARTITION);
            long upTo = consumer.endOffsets(List.of(PARTITION), PATIENCE).get(PARTITION);
            while (upTo > begin) {
                long from = Math.max(begin, upTo - LOOK_BACK);
                Optional<byte[]> found = lastBetween(consumer, from, upTo);
                if (found.isPresent()) {
                    return found;
                }
                upTo = from;
            }
            return Optional.empty();
        }
    }

    void write(byte[] snapshot) throws ExecutionException, InterruptedException, TimeoutException {
        producer.send(new ProducerRecord<>(PARTITION.topic(), PARTITION.partition(), key, snapshot))
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private Optional<byte[]> lastBetween(KafkaConsumer<String, byte[]> consumer, long from, long upTo) {
        consumer.seek(PARTITION, from);
        long giveUp = System.nanoTime() + PATIENCE.toNanos();     // a timeout, not a moment of the clinic's day
        byte[] last = null;
        while (consumer.position(PARTITION) < upTo && System.nanoTime() < giveUp) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200)).records(PARTITION)) {
                if (record.offset() < upTo && key.equals(record.key()) && record.value() != null) {
                    last = record.value();
                }
            }
        }
        return Optional.ofNullable(last);
    }

    @Override
    public void close() {
        producer.close(PATIENCE);
    }
}
