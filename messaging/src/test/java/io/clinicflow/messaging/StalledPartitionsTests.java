package io.clinicflow.messaging;

import io.clinicflow.messaging.StalledPartitions.Reading;
import io.clinicflow.messaging.StalledPartitions.Stall;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StalledPartitionsTests {

    private static final TopicPartition BOOKINGS_0 = new TopicPartition("clinic.booking.events.v1", 0);
    private static final TopicPartition BOOKINGS_1 = new TopicPartition("clinic.booking.events.v1", 1);
    private static final Duration STALL_AFTER = Duration.ofSeconds(60);

    private final StalledPartitions partitions = new StalledPartitions(STALL_AFTER);

    /** Two readings of one partition, 60 s apart or less: committed and end offsets at the first and at the second. */
    @ParameterizedTest(name = "committed {0}->{2}, end {1}->{3}, {4} s later: stalled={5}")
    @CsvSource(textBlock = """
            10, 10, 10, 15, 60, true
            10, 10, 10, 15, 59, false
            10, 12, 10, 15, 60, true
            10, 15, 10, 15, 60, false
            10, 15, 11, 16, 60, false
            10, 10, 10, 10, 60, false
            10, 15, 15, 20, 60, false
            """)
    void aPartitionIsStalledOnceItsOffsetStoodStillForTheThresholdWhileItsLagGrew(
            long committedBefore, long endBefore, long committedAfter, long endAfter, long secondsLater, boolean stalled) {
        partitions.observe(List.of(reading(BOOKINGS_0, committedBefore, endBefore)), 0);

        List<Stall> stalls = partitions.observe(List.of(reading(BOOKINGS_0, committedAfter, endAfter)),
                Duration.ofSeconds(secondsLater).toNanos());

        assertThat(stalls).hasSize(stalled ? 1 : 0);
    }

    @Test
    void namesTheGroupThePartitionItsLagAndHowLongItStoodStill() {
        partitions.observe(List.of(reading(BOOKINGS_0, 10, 10), reading(BOOKINGS_1, 4, 4)), 0);

        List<Stall> stalls = partitions.observe(List.of(reading(BOOKINGS_0, 10, 17), reading(BOOKINGS_1, 9, 9)),
                Duration.ofSeconds(75).toNanos());

        assertThat(stalls).containsExactly(new Stall("session-on-booking-events", BOOKINGS_0, 7, Duration.ofSeconds(75)));
    }

    @Test
    void countsTheStandstillFromTheLastMomentTheGroupHadCaughtUp() {
        partitions.observe(List.of(reading(BOOKINGS_0, 10, 10)), 0);
        partitions.observe(List.of(reading(BOOKINGS_0, 10, 10)), Duration.ofSeconds(50).toNanos());

        List<Stall> stalls = partitions.observe(List.of(reading(BOOKINGS_0, 10, 12)), Duration.ofSeconds(70).toNanos());

        assertThat(stalls).isEmpty();
    }

    @Test
    void aGroupThatMovesAgainIsNoLongerStalled() {
        partitions.observe(List.of(reading(BOOKINGS_0, 10, 10)), 0);
        assertThat(partitions.observe(List.of(reading(BOOKINGS_0, 10, 20)), Duration.ofSeconds(61).toNanos())).hasSize(1);

        assertThat(partitions.observe(List.of(reading(BOOKINGS_0, 20, 25)), Duration.ofSeconds(62).toNanos())).isEmpty();
    }

    private static Reading reading(TopicPartition partition, long committed, long end) {
        return new Reading("session-on-booking-events", partition, committed, end);
    }
}
