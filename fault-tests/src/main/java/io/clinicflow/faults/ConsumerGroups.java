package io.clinicflow.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The services' consumer groups, read and moved with the admin client as an operator would. */
final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /** Moves every committed offset of the groups named {@code prefix*} back to the start of its partition. */
    static void resetToEarliest(KafkaBroker broker, String prefix) {
        Waiting.until("the reset of " + prefix + "* groups", Duration.ofMinutes(1), () -> {
            try (Admin admin = broker.admin()) {
                for (String group : groups(admin, prefix)) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                    Map<TopicPartition, OffsetAndMetadata> earliest = admin.listOffsets(committed.keySet().stream()
                                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.earliest())))
                            .all().get(10, TimeUnit.SECONDS).entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
                    admin.alterConsumerGroupOffsets(group, earliest).all().get(10, TimeUnit.SECONDS);
                }
                return true;
            } catch (Exception groupStillHasMembers) {
                return false;
            }
        });
    }

    /** Records the services' groups have not consumed yet, over all their partitions. */
    static long lag(KafkaBroker broker) {
        try (Admin admin = broker.admin()) {
            long lag = 0;
            for (String group : groups(admin, "")) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, Long> ends = admin.listOffsets(committed.keySet().stream()
                                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                        .all().get(10, TimeUnit.SECONDS).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                lag += committed.entrySet().stream().mapToLong(e -> ends.get(e.getKey()) - e.getValue().offset()).sum();
            }
            return lag;
        } catch (Exception brokerBusy) {
            return Long.MAX_VALUE;
        }
    }

    private static List<String> groups(Admin admin, String prefix) throws Exception {
        return admin.listGroups().all().get(10, TimeUnit.SECONDS).stream().map(GroupListing::groupId)
                .filter(id -> id.startsWith(prefix) && !id.endsWith("-dlt-replay")).toList();
    }
}
