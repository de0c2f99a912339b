package io.clinicflow.dashboard.feed;

import io.clinicflow.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the projection begins on each partition the dashboard reads (ADR 0061): the snapshot's next offset, or for a
 * partition the snapshot does not know the first record of the first-start window (the log end when the window holds
 * none). It also notes each log's end at the start, which the projection has caught up with once it reached them.
 */
@Component
public class StartingPoints {

    /** The event topics and their dead-letter topics. */
    static final List<String> READ = Topics.EVENT_TOPICS.stream()
            .flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic))).toList();
    private static final long TIMEOUT_SECONDS = 30;

    private final KafkaAdmin kafkaAdmin;
    private final FirstStartWindow window;
    private final FeedPositions positions;
    private final CatchUp catchUp;

    StartingPoints(KafkaAdmin kafkaAdmin, FirstStartWindow window, FeedPositions positions, CatchUp catchUp) {
        this.kafkaAdmin = kafkaAdmin;
        this.window = window;
        this.positions = positions;
        this.catchUp = catchUp;
    }

    /** Sets where each partition begins, from the snapshot's offsets (empty on a first start). */
    public void beginFrom(Map<TopicPartition, Long> restored) {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            List<TopicPartition> partitions = admin.describeTopics(READ).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                    .toList();
            Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> windowStarts = offsets(admin,
                    partitions.stream().filter(partition -> !restored.containsKey(partition)).toList(),
                    OffsetSpec.forTimestamp(window.opensAt().toEpochMilli()));
            Map<TopicPartition, Long> begin = new HashMap<>(restored);
            windowStarts.forEach((partition, offset) -> begin.put(partition, offset < 0 ? ends.get(partition) : offset));
            positions.beginAt(begin);
            catchUp.awaitEnds(ends);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The dashboard could not find where to begin on " + READ, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while finding where to begin", e);
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResultInfo> found = admin.listOffsets(
                        partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec)),
                        new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
