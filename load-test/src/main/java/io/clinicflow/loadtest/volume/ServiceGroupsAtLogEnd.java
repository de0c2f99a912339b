package io.clinicflow.loadtest.volume;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Moves the services' consumer groups past the seeded history. Seeded events are the past of records the databases
 * already hold (a confirmed booking, a sent message): a service that handled them again at its next start would spend
 * hours re-screening and re-planning what is done. A group reads a topic if a listener of the services says so
 * ({@link ServiceListeners}) or if it committed an offset on it (a group of an older listener); every partition of
 * such a topic goes to its log end, since a partition without a committed offset starts from the earliest record (the
 * consumers' {@code auto.offset.reset}). The groups must have no members: the services are stopped. The groups the
 * caller leaves alone keep their offsets (the ops dashboard decides itself where it starts).
 */
final class ServiceGroupsAtLogEnd {

    private ServiceGroupsAtLogEnd() {
    }

    /** Moves the groups; answers each moved group with the topics it was moved on. */
    static Map<String, Set<String>> move(Admin admin, Collection<String> seededTopics,
                                         Map<String, Set<String>> listenerTopics, Set<String> leftAlone)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> logEnd = logEnd(admin, seededTopics);
        Map<String, Set<String>> moved = new TreeMap<>();
        for (Map.Entry<String, Set<String>> group : topicsRead(admin, listenerTopics).entrySet()) {
            Set<String> seededRead = group.getValue().stream().filter(seededTopics::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!leftAlone.contains(group.getKey()) && !seededRead.isEmpty()) {
                admin.alterConsumerGroupOffsets(group.getKey(), logEnd.entrySet().stream()
                        .filter(end -> seededRead.contains(end.getKey().topic()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).all().get();
                moved.put(group.getKey(), seededRead);
            }
        }
        return moved;
    }

    /** The listeners' topics of each group, and those the broker's groups committed offsets on. */
    private static Map<String, Set<String>> topicsRead(Admin admin, Map<String, Set<String>> listenerTopics)
            throws ExecutionException, InterruptedException {
        Map<String, Set<String>> read = new TreeMap<>();
        listenerTopics.forEach((group, topics) -> read.put(group, new TreeSet<>(topics)));
        for (String group : groups(admin)) {
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().keySet().stream()
                    .map(TopicPartition::topic)
                    .forEach(topic -> read.computeIfAbsent(group, known -> new TreeSet<>()).add(topic));
        }
        return read;
    }

    private static List<String> groups(Admin admin) throws ExecutionException, InterruptedException {
        return admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get().stream()
                .map(GroupListing::groupId).toList();
    }

    private static Map<TopicPartition, OffsetAndMetadata> logEnd(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException {
        return LogEnds.of(admin, topics).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> new OffsetAndMetadata(end.getValue())));
    }
}
