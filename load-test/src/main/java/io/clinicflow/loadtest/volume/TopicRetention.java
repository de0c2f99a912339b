package io.clinicflow.loadtest.volume;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps seeded history on its topics: the broker deletes a segment once its newest record timestamp is older than the
 * topic's {@code retention.ms} by the broker's clock, so a year written with the year's timestamps onto topics that
 * keep 7 days (the broker default the testkit's topics get) or 30 (the compose stack's, ADR 0014) would be mostly gone
 * at the next retention check, five minutes later. A retention shorter than {@code needed} is raised to it; a longer
 * one, or none ({@code -1}), stays (ADR 0062).
 */
final class TopicRetention {

    private TopicRetention() {
    }

    /** Raises each topic's retention to at least {@code needed}; answers the topics it raised. */
    static List<String> atLeast(Admin admin, Collection<String> topics, Duration needed)
            throws ExecutionException, InterruptedException {
        Map<String, Long> current = retentionOf(admin, topics);
        List<String> raised = topics.stream()
                .filter(topic -> current.get(topic) >= 0 && current.get(topic) < needed.toMillis()).toList();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = raised.stream().collect(Collectors.toMap(
                TopicRetention::resource, topic -> List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(needed.toMillis())),
                        AlterConfigOp.OpType.SET))));
        admin.incrementalAlterConfigs(changes).all().get();
        return raised;
    }

    static Map<String, Long> retentionOf(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException {
        Map<ConfigResource, org.apache.kafka.clients.admin.Config> configs =
                admin.describeConfigs(topics.stream().map(TopicRetention::resource).toList()).all().get();
        return topics.stream().collect(Collectors.toMap(Function.identity(), topic -> Long.parseLong(
                configs.get(resource(topic)).get(TopicConfig.RETENTION_MS_CONFIG).value())));
    }

    private static ConfigResource resource(String topic) {
        return new ConfigResource(ConfigResource.Type.TOPIC, topic);
    }
}
