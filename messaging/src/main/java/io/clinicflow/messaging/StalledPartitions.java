package io.clinicflow.messaging;

import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers, for each consumer group and partition, the committed offset and the lag at the last moment the group
 * moved there or had caught up. A partition is stalled once its committed offset has stood still for
 * {@code stallAfter} while its lag grew past what it was then: records keep arriving and the group takes none. A
 * partition nothing new arrives on, or a group that is behind but committing, is not stalled (ADR 0038).
 */
final class StalledPartitions {

    /** Where one group stands on one partition, as the admin client read it. */
    record Reading(String group, TopicPartition partition, long committed, long end) {

        long lag() {
            return Math.max(0, end - committed);
        }

        private Watched key() {
            return new Watched(group, partition);
        }
    }

    /** A partition a group has stopped taking records from. */
    record Stall(String group, TopicPartition partition, long lag, Duration unmovedFor) {
    }

    private record Watched(String group, TopicPartition partition) {
    }

    private record Since(long committed, long lag, long atNanos) {
    }

    private final Duration stallAfter;
    private Map<Watched, Since> since = new HashMap<>();

    StalledPartitions(Duration stallAfter) {
        this.stallAfter = stallAfter;
    }

    /** One round of readings, every partition of every watched group: which of them are stalled now. */
    synchronized List<Stall> observe(Collection<Reading> readings, long nowNanos) {
        // a partition missing from this round (a group that left) is forgotten: it starts afresh if it comes back
        Map<Watched, Since> next = new HashMap<>();
        List<Stall> stalls = new ArrayList<>();
        for (Reading reading : readings) {
            Since previous = since.get(reading.key());
            Since current = previous == null || previous.committed() != reading.committed() || reading.lag() == 0
                    ? new Since(reading.committed(), reading.lag(), nowNanos) : previous;
            next.put(reading.key(), current);
            Duration unmoved = Duration.ofNanos(nowNanos - current.atNanos());
            if (reading.lag() > current.lag() && unmoved.compareTo(stallAfter) >= 0) {
                stalls.add(new Stall(reading.group(), reading.partition(), reading.lag(), unmoved));
            }
        }
        since = next;
        return stalls;
    }
}
