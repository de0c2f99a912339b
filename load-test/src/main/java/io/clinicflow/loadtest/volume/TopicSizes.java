package io.clinicflow.loadtest.volume;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.common.Node;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** What topics take on the brokers' disks: the sizes of their partitions' logs, every replica, every log directory. */
final class TopicSizes {

    private TopicSizes() {
    }

    static long bytesOf(Admin admin, Collection<String> topics) throws ExecutionException, InterruptedException {
        Collection<Integer> brokers = admin.describeCluster().nodes().get().stream().map(Node::id).toList();
        Map<Integer, Map<String, LogDirDescription>> logDirs = admin.describeLogDirs(brokers).allDescriptions().get();
        return logDirs.values().stream().flatMap(dirs -> dirs.values().stream())
                .flatMap(dir -> dir.replicaInfos().entrySet().stream())
                .filter(replica -> topics.contains(replica.getKey().topic()))
                .mapToLong(replica -> replica.getValue().size()).sum();
    }
}
