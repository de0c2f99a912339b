package io.clinicflow.dashboard.snapshot;

import io.clinicflow.dashboard.deadletters.DeadLetter;
import io.clinicflow.dashboard.journeys.ProjectionState;
import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard's whole projection at one moment, as one JSON record of its snapshot topic (ADR 0061): the journeys'
 * funnels, latest events and stages, the latest dead letters, and the next offset of every partition it reads,
 * all taken with no record in between. {@code version} changes when the shape does; another version is not read.
 */
record ProjectionSnapshot(int version, Instant takenAt, List<Position> positions, ProjectionState journeys,
                          List<DeadLetter> deadLetters) {

    static final int VERSION = 1;

    /** The offset of the next record to project on one partition. */
    record Position(String topic, int partition, long next) {
    }

    ProjectionSnapshot {
        positions = List.copyOf(positions);
        deadLetters = List.copyOf(deadLetters);
    }

    static ProjectionSnapshot of(Instant takenAt, Map<TopicPartition, Long> offsets, ProjectionState journeys,
                                 List<DeadLetter> deadLetters) {
        return new ProjectionSnapshot(VERSION, takenAt, offsets.entrySet().stream()
                .map(offset -> new Position(offset.getKey().topic(), offset.getKey().partition(), offset.getValue()))
                .toList(), journeys, deadLetters);
    }

    Map<TopicPartition, Long> offsets() {
        return positions.stream().collect(Collectors.toMap(position -> new TopicPartition(position.topic(),
                position.partition()), Position::next));
    }
}
