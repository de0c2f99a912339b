package io.clinicflow.dashboard.feed;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A listener whose projection lives in memory (ADR 0016): the first time this process gets a partition it reads it
 * from the beginning, whatever the group committed; when it gets the partition back after a rebalance it goes on
 * right after the last record it projected, so that nothing is counted twice.
 */
public abstract class ReplayFromStart implements ConsumerSeekAware {

    /** The group of every dashboard listener; its lag shows on the dashboard like any other group's. */
    public static final String GROUP = "ops-dashboard";

    private final Map<TopicPartition, Long> nextOffsets = new ConcurrentHashMap<>();

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        for (TopicPartition partition : assignments.keySet()) {
            Long next = nextOffsets.get(partition);
            if (next == null) {
                callback.seekToBeginning(partition.topic(), partition.partition());
            } else {
                callback.seek(partition.topic(), partition.partition(), next);
            }
        }
    }

    /** Call once the record is in the projection. */
    protected void projected(ConsumerRecord<?, ?> record) {
        nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
    }
}
