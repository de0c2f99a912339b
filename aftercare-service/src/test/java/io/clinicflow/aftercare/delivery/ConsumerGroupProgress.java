package io.clinicflow.aftercare.delivery;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/** How far a consumer group has committed on a topic, read from the broker: proof that records reached a service. */
final class ConsumerGroupProgress {

    private ConsumerGroupProgress() {
    }

    /** Waits (bounded) until the group has committed every record on the topic so far. */
    static void awaitCaughtUp(String bootstrapServers, String group, String topic, Duration patience) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(patience).pollInterval(Duration.ofMillis(500))
                    .until(() -> uncommitted(admin, group, topic) == 0);
        }
    }

    private static long uncommitted(Admin admin, String group, String topic)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions).boxed().collect(Collectors.toMap(
                partition -> new TopicPartition(topic, partition), partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .mapToLong(end -> end.getValue().offset() - offsetOf(committed.get(end.getKey())))
                .sum();
    }

    private static long offsetOf(OffsetAndMetadata committed) {
        return committed == null ? 0 : committed.offset();
    }
}
