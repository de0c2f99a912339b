package io.clinicflow.dashboard.lag;

/** How many records one consumer group has yet to commit on one topic (summed over its partitions). */
public record GroupLag(String group, String topic, long lag) {
}
