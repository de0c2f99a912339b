package io.clinicflow.e2e.edge;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A poison record written to a topic under a fresh key, by which its dead letters are found. */
record PoisonSent(String topic, String kind, String key, byte[] bytes) {

    /**
     * Empty when the dead-letter topic holds exactly one copy per consumer group that reads the topic (Spring
     * Kafka's publisher names the group in a header), bytes untouched; else what differs.
     */
    String landedWrong(List<ConsumerRecord<String, byte[]>> deadLetters, Set<String> readers) {
        List<ConsumerRecord<String, byte[]>> letters = deadLetters.stream()
                .filter(letter -> key.equals(letter.key())).toList();
        Map<String, Long> perGroup = letters.stream().collect(Collectors.groupingBy(PoisonSent::group,
                LinkedHashMap::new, Collectors.counting()));
        boolean untouched = letters.stream().allMatch(letter -> Arrays.equals(letter.value(), bytes));
        boolean oncePerGroup = perGroup.keySet().equals(readers) && perGroup.values().stream().allMatch(n -> n == 1);
        return oncePerGroup && untouched ? "" : this + ": dead letters per group " + perGroup
                + (untouched ? "" : ", bytes changed") + ", expected one for each of " + readers;
    }

    private static String group(ConsumerRecord<String, byte[]> letter) {
        Header header = letter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return header == null ? "(no group header)" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return kind + " on " + topic + " (" + (bytes == null ? "null" : bytes.length + " bytes") + ", key " + key + ")";
    }
}
