package io.clinicflow.dashboard.feed;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the projection stands on every partition it reads: the offset of the next record to project. A record goes
 * into the projection and moves its partition on under one lock, and a snapshot is taken under the same lock, so a
 * snapshot's offsets and state always agree: after a restart nothing is projected twice or skipped (ADR 0061).
 */
@Component
public class FeedPositions {

    private final Map<TopicPartition, Long> next = new HashMap<>();
    private long projected;

    /** Where to begin: the snapshot's offsets and, for the partitions it does not know, the first-start window's. */
    public synchronized void beginAt(Map<TopicPartition, Long> offsets) {
        next.putAll(offsets);
    }

    public synchronized Optional<Long> next(TopicPartition partition) {
        return Optional.ofNullable(next.get(partition));
    }

    /** Runs {@code projection} for the record and moves its partition past it. */
    public synchronized void project(ConsumerRecord<?, ?> record, Runnable projection) {
        projection.run();
        next.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        projected++;
    }

    /** How many records were projected since the start: a snapshot is only written when this moved. */
    public synchronized long projected() {
        return projected;
    }

    /** Reads the positions together with whatever {@code state} reads of the projection, no record in between. */
    public synchronized <T> T consistently(Function<Map<TopicPartition, Long>, T> state) {
        return state.apply(Map.copyOf(next));
    }

    /** True when every partition has reached the given offset: what a caught-up projection means. */
    public synchronized boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> next.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }
}
