package io.clinicflow.dashboard.lag;

import io.clinicflow.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Consumer lag of every group that commits offsets on ClinicFlow topics: committed offsets against the end of each
 * partition, measured every few seconds with the admin client, shown on the page and exported as
 * {@code clinicflow_consumer_lag{group,topic}}.
 */
@Component
public class ConsumerLag {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;
    private final MultiGauge gauge;
    private final ApplicationEventPublisher publisher;
    private volatile List<GroupLag> latest = List.of();

    ConsumerLag(KafkaAdmin kafkaAdmin, MeterRegistry registry, ApplicationEventPublisher publisher) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.gauge = MultiGauge.builder("clinicflow.consumer.lag")
                .description("Records a consumer group has yet to commit on a ClinicFlow topic").register(registry);
        this.publisher = publisher;
    }

    public List<GroupLag> latest() {
        return latest;
    }

    @Scheduled(fixedDelayString = "${clinicflow.dashboard.lag-interval:PT5S}")
    void measure() {
        try {
            latest = lags(committedOffsets());
            gauge.register(latest.stream().map(lag -> MultiGauge.Row.of(
                    Tags.of("group", lag.group(), "topic", lag.topic()), lag.lag())).toList(), true);
            publisher.publishEvent(new LagMeasured(latest));
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Consumer lag not measured: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committedOffsets()
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, ListConsumerGroupOffsetsSpec> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups())
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                .collect(Collectors.toMap(GroupListing::groupId, group -> new ListConsumerGroupOffsetsSpec()));
        if (groups.isEmpty()) {
            return Map.of();
        }
        return admin.listConsumerGroupOffsets(groups).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private List<GroupLag> lags(Map<String, Map<TopicPartition, OffsetAndMetadata>> committed)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> partitions = committed.values().stream().flatMap(offsets -> offsets.keySet().stream())
                .filter(partition -> Topics.all().contains(partition.topic())).distinct()
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = partitions.isEmpty() ? Map.of()
                : admin.listOffsets(partitions, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                        .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, Map<String, Long>> byGroupAndTopic = new TreeMap<>();
        committed.forEach((group, offsets) -> offsets.forEach((partition, offset) -> {
            if (offset != null && ends.containsKey(partition)) {
                long lag = Math.max(0, ends.get(partition).offset() - offset.offset());
                byGroupAndTopic.computeIfAbsent(group, g -> new TreeMap<>()).merge(partition.topic(), lag, Long::sum);
            }
        }));
        List<GroupLag> lags = new ArrayList<>();
        byGroupAndTopic.forEach((group, topics) -> topics.forEach((topic, lag) -> lags.add(new GroupLag(group, topic, lag))));
        return List.copyOf(lags);
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
