package io.clinicflow.dashboard.feed;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;

import java.util.List;
import java.util.Map;

/**
 * A dashboard listener (ADR 0061): whatever the group committed, each partition it gets is read from where the
 * projection stands ({@link FeedPositions}: restored from the snapshot, or the first-start window, or right after the
 * last record projected before a rebalance). A partition that appeared after the start begins at the window too.
 */
public abstract class ResumeWhereProjected implements ConsumerSeekAware {

    /** The group of every dashboard listener (its lag shows like any other group's) and the key of its snapshot. */
    public static final String GROUP = "${clinicflow.dashboard.group:ops-dashboard}";

    private final FeedPositions positions;
    private final FirstStartWindow window;

    protected ResumeWhereProjected(FeedPositions positions, FirstStartWindow window) {
        this.positions = positions;
        this.window = window;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        for (TopicPartition partition : assignments.keySet()) {
            positions.next(partition).ifPresentOrElse(
                    next -> callback.seek(partition.topic(), partition.partition(), next),
                    () -> callback.seekToTimestamp(List.of(partition), window.opensAt().toEpochMilli()));
        }
    }

    /** Projects the record and moves its partition on, as one step. */
    protected void project(ConsumerRecord<?, ?> record, Runnable projection) {
        positions.project(record, projection);
    }
}
