package io.clinicflow.messaging;

import io.clinicflow.messaging.StalledPartitions.Reading;
import io.clinicflow.messaging.StalledPartitions.Stall;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Do this service's consumer groups keep up? Every {@code interval} it reads, with the admin client, the committed
 * offset of each partition its groups consume and the end of that partition (read_committed, as the consumers read);
 * {@link StalledPartitions} says which have stood still for {@code stallAfter} while records kept arriving. DOWN names
 * the group, the partition, its lag and for how long, in the {@code pipeline} health group (ADR 0038). While the
 * broker does not answer this says UNKNOWN: readiness's {@code kafka} and the outbox's age tell that story.
 */
public class ConsumerProgress implements HealthIndicator, SmartLifecycle, AutoCloseable {

    /** A broker slower than this counts as not answering: the next round asks again. */
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, Object> adminConfig;
    private final Supplier<Set<String>> groups;
    private final Duration interval;
    private final Duration stallAfter;
    private final StalledPartitions stalled;
    private volatile Health latest = Health.unknown().withDetail("reason", "not measured yet").build();
    private ScheduledExecutorService executor;
    private Admin admin;

    public ConsumerProgress(Map<String, Object> adminConfig, Supplier<Set<String>> groups, Duration interval,
                            Duration stallAfter) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.groups = groups;
        this.interval = interval;
        this.stallAfter = stallAfter;
        this.stalled = new StalledPartitions(stallAfter);
    }

    @Override
    public Health health() {
        return latest;
    }

    private void check() {
        try {
            Set<String> watched = new TreeSet<>(groups.get());
            List<Stall> stalls = stalled.observe(readings(watched), System.nanoTime());
            latest = stalls.isEmpty()
                    ? Health.up().withDetail("groups", watched).withDetail("stallAfter", stallAfter.toString()).build()
                    : Health.down().withDetail("stalled", stalls.stream().map(ConsumerProgress::described).toList())
                            .withDetail("stallAfter", stallAfter.toString()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception brokerNotAnswering) {
            latest = Health.unknown().withDetail("error", brokerNotAnswering.toString()).build();
        }
    }

    private List<Reading> readings(Collection<String> watched) throws Exception {
        if (watched.isEmpty()) {
            return List.of();
        }
        long timeout = ADMIN_TIMEOUT.toMillis();
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = admin.listConsumerGroupOffsets(watched.stream()
                        .collect(Collectors.toMap(Function.identity(), group -> new ListConsumerGroupOffsetsSpec())))
                .all().get(timeout, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> partitions = committed.values().stream()
                .flatMap(offsets -> offsets.keySet().stream()).distinct()
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = partitions.isEmpty() ? Map.of()
                : admin.listOffsets(partitions, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                        .all().get(timeout, TimeUnit.MILLISECONDS);
        List<Reading> readings = new ArrayList<>();
        committed.forEach((group, offsets) -> offsets.forEach((partition, offset) -> {
            if (offset != null && ends.containsKey(partition)) {
                readings.add(new Reading(group, partition, offset.offset(), ends.get(partition).offset()));
            }
        }));
        return readings;
    }

    private static Map<String, Object> described(Stall stall) {
        return Map.of("group", stall.group(), "partition", stall.partition().toString(), "lag", stall.lag(),
                "unmovedFor", stall.unmovedFor().withNanos(0).toString());
    }

    @Override
    public synchronized void start() {
        admin = Admin.create(adminConfig);
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("consumer-progress").factory());
        executor.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            admin.close(Duration.ofSeconds(1));
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public void close() {
        stop();
    }
}
