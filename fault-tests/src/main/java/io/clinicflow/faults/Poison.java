package io.clinicflow.faults;

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

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Poison records, three kinds into each event topic: random bytes, a valid single-object record cut in half, and a
 * valid record whose schema fingerprint no schema has. Keys start with {@code poison:} so the checker knows them.
 */
final class Poison {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KafkaBroker broker;
    private final Set<String> injected = ConcurrentHashMap.newKeySet();

    Poison(KafkaBroker broker) {
        this.broker = broker;
    }

    /** Every key injected so far, in all scenarios. */
    Set<String> injected() {
        return Set.copyOf(injected);
    }

    /** Injects the three kinds into each event topic; returns their keys. */
    Set<String> inject() {
        Set<String> keys = new HashSet<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (String topic : Topics.EVENT_TOPICS) {
                byte[] valid = aValidRecordOf(topic);
                keys.add(send(producer, topic, "random-bytes", randomBytes()));
                keys.add(send(producer, topic, "truncated-avro", Arrays.copyOf(valid, valid.length / 2)));
                keys.add(send(producer, topic, "unknown-fingerprint", withUnknownFingerprint(valid)));
            }
            producer.flush();
        }
        injected.addAll(keys);
        return keys;
    }

    private static String send(KafkaProducer<String, byte[]> producer, String topic, String kind, byte[] value) {
        String key = "poison:" + kind + ":" + UUID.randomUUID();
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot inject poison into " + topic, e);
        }
        return key;
    }

    /** Not single-object encoding at all: the first byte is not the C3 01 marker. */
    private static byte[] randomBytes() {
        byte[] bytes = new byte[64];
        RANDOM.nextBytes(bytes);
        bytes[0] = 0x00;
        return bytes;
    }

    /** C3 01, then 8 fingerprint bytes no shipped schema has, then a real body. */
    private static byte[] withUnknownFingerprint(byte[] valid) {
        byte[] bytes = valid.clone();
        for (int i = 2; i < 10; i++) {
            bytes[i] = (byte) RANDOM.nextInt(256);
        }
        return bytes;
    }

    /** The bytes of the first record on the topic: traffic ran before, so there is one. */
    private byte[] aValidRecordOf(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = IntStream.range(0, KafkaBroker.PARTITIONS)
                    .mapToObj(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!record.key().startsWith("poison:")) {
                        return record.value();
                    }
                }
            }
        }
        throw new IllegalStateException("No valid record on " + topic + " to spoil");
    }
}
