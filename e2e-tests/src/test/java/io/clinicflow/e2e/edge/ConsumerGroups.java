package io.clinicflow.e2e.edge;

import io.clinicflow.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** The services' consumer groups as the broker sees them: who reads a topic, and whether all have caught up. */
final class ConsumerGroups implements AutoCloseable {

    private final Admin admin;

    ConsumerGroups(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** The groups with a member assigned a partition of the topic right now. */
    Set<String> consuming(String topic) {
        return active().stream()
                .filter(group -> group.members().stream().anyMatch(member -> member.assignment().topicPartitions()
                        .stream().anyMatch(partition -> partition.topic().equals(topic))))
                .map(ConsumerGroupDescription::groupId).collect(Collectors.toSet());
    }

    /** Whether every active group has committed the end of every event topic partition it reads. */
    boolean caughtUp() {
        for (ConsumerGroupDescription group : active()) {
            Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata()).entrySet().stream()
                    .filter(offset -> Topics.EVENT_TOPICS.contains(offset.getKey().topic()))
                    .filter(offset -> offset.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            var ends = get(admin.listOffsets(committed.keySet().stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all());
            if (committed.entrySet().stream().anyMatch(offset ->
                    offset.getValue().offset() < ends.get(offset.getKey()).offset())) {
                return false;
            }
        }
        return true;
    }

    private Collection<ConsumerGroupDescription> active() {
        Set<String> ids = get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()).stream()
                .map(GroupListing::groupId).collect(Collectors.toSet());
        return get(admin.describeConsumerGroups(ids).all()).values().stream()
                .filter(group -> !group.members().isEmpty()).toList();
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker did not answer", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
