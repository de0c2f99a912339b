package io.clinicflow.faults;

import io.clinicflow.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The end offsets of every topic and dead-letter topic at one moment: a scenario's records lie between two. */
record TopicWindow(Map<TopicPartition, Long> endOffsets) {

    /** One raw record as it is on the topic. */
    record RawRecord(String topic, int partition, long offset, String key, byte[] value) {
    }

    static TopicWindow now(KafkaBroker broker) {
        List<TopicPartition> partitions = Topics.all().stream().flatMap(topic -> IntStream
                .range(0, KafkaBroker.PARTITIONS).mapToObj(partition -> new TopicPartition(topic, partition))).toList();
        try (Admin admin = broker.admin()) {
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            return new TopicWindow(admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset())));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the topics' end offsets", e);
        }
    }

    /** Every record of {@code topic} written after {@code this} and before {@code end}, in partition order. */
    List<RawRecord> recordsUntil(TopicWindow end, String topic, KafkaBroker broker) {
        List<RawRecord> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            Map<TopicPartition, Long> until = new HashMap<>();
            endOffsets.forEach((partition, from) -> {
                if (partition.topic().equals(topic) && end.endOffsets().get(partition) > from) {
                    until.put(partition, end.endOffsets().get(partition));
                }
            });
            consumer.assign(until.keySet());
            until.keySet().forEach(partition -> consumer.seek(partition, endOffsets.get(partition)));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (until.keySet().stream().anyMatch(p -> consumer.position(p) < until.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < until.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(new RawRecord(record.topic(), record.partition(), record.offset(), record.key(),
                                record.value()));
                    }
                }
            }
        }
        return records;
    }
}
