package io.clinicflow.dashboard.feed;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CatchUpTests {

    private static final TopicPartition BOOKINGS = new TopicPartition("clinic.booking.events.v1", 0);
    private static final TopicPartition SESSIONS = new TopicPartition("clinic.session.events.v1", 1);

    private final FeedPositions positions = new FeedPositions();
    private final CatchUp catchUp = new CatchUp(positions);

    @Test
    void isOutOfServiceUntilEveryPartitionReachedTheEndItHadAtTheStartThenStaysUp() {
        assertThat(catchUp.health().getStatus()).as("before the start is known").isEqualTo(Status.OUT_OF_SERVICE);
        positions.beginAt(Map.of(BOOKINGS, 5L, SESSIONS, 9L));
        catchUp.awaitEnds(Map.of(BOOKINGS, 7L, SESSIONS, 9L));

        positions.project(record(BOOKINGS, 5), () -> { });
        assertThat(catchUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        positions.project(record(BOOKINGS, 6), () -> { });
        assertThat(catchUp.health().getStatus()).isEqualTo(Status.UP);
        assertThat(positions.projected()).isEqualTo(2);
    }

    private static ConsumerRecord<String, String> record(TopicPartition partition, long offset) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, "client", "event");
    }
}
