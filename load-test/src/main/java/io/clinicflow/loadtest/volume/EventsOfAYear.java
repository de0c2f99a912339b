package io.clinicflow.loadtest.volume;


import io.clinicflow.events.CloudEventHeaders;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A chain's history on the topics (issue 19): every seeded booking's events on the booking, session and aftercare
 * topics and its CRM journey updates, in time order, written as the services' outbox relay writes them (the codec's
 * bytes, key = client id, CloudEvents headers) with record timestamps = {@code occurredAt}. Then the topics keep the
 * history (their retention is raised to cover it) and the services' consumer groups start after it (ADR 0062).
 *
 * @param seed        what the ids and the journeys' fates follow from
 * @param brokerClock the brokers' wall clock, which their retention counts in (not business time)
 */
public record EventsOfAYear(long seed, Clock brokerClock) implements SeedPart {

    /** The dashboard decides itself where it starts (ADR 0061): its group is left as it is. */
    public static final String DASHBOARD_GROUP = "ops-dashboard";
    /** ADR 0014's event retention: the oldest seeded event stays as long after seeding as a fresh one would. */
    static final Duration EVENT_RETENTION = Duration.ofDays(30);
    static final List<String> SEEDED_TOPICS = Topics.published();
    /** The services' packages; the dashboard's listeners are not among them (it seeks where it wants, ADR 0061). */
    static final List<String> SERVICES = List.of("io.clinicflow.booking", "io.clinicflow.session",
            "io.clinicflow.aftercare");

    @Override
    public SeedOutcome write(ClinicInfrastructure infrastructure, ChainSize size, Instant now) {
        long started = System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.bootstrapServers()))) {
            Instant oldest = now.minus(YearOfEvents.historyOf(size));
            Duration retention = Duration.between(oldest, brokerClock.instant()).plus(EVENT_RETENTION);
            List<String> raised = TopicRetention.atLeast(admin, SEEDED_TOPICS, retention);
            System.out.printf("Seeded topics keep %d days (retention.ms raised on %s): the oldest event stays %d days%n",
                    retention.toDays(), raised, EVENT_RETENTION.toDays());
            TopicsCleared.upToTheirEnd(admin, SEEDED_TOPICS);
            Map<String, Long> written = produce(infrastructure.bootstrapServers(), new YearOfEvents(seed, size, now));
            Map<String, Set<String>> moved = ServiceGroupsAtLogEnd.move(admin, SEEDED_TOPICS,
                    ServiceListeners.groupsAndTopics(SERVICES), Set.of(DASHBOARD_GROUP));
            System.out.println("Consumer groups moved to the log end: " + moved);
            return new SeedOutcome("events", written, TopicSizes.bytesOf(admin, SEEDED_TOPICS),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker refused the seeding: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding the topics was interrupted", e);
        }
    }

    /** Sends every event; answers the count per topic once the broker has acknowledged all of them. */
    private static Map<String, Long> produce(String bootstrapServers, YearOfEvents events) {
        SingleObjectCodec codec = SingleObjectCodec.shipped();
        Map<String, Long> written = new TreeMap<>();
        SEEDED_TOPICS.forEach(topic -> written.put(topic, 0L));
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(bootstrapServers))) {
            while (events.hasNext() && failure.get() == null) {
                SeededEvent event = events.next();
                producer.send(record(event, codec.encode(event.event())), (sent, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    }
                });
                written.merge(event.topic(), 1L, Long::sum);
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The broker refused a seeded event: " + failure.get(), failure.get());
        }
        return written;
    }

    /** As {@code OutboxRelay} sends: the codec's bytes under the client's key, the CloudEvents headers; and the time. */
    private static ProducerRecord<String, byte[]> record(SeededEvent event, byte[] payload) {
        String eventId = EventCatalog.metaOf(event.event()).getEventId();
        return new ProducerRecord<>(event.topic(), null, event.occurredAt().toEpochMilli(), event.clientId(), payload,
                CloudEventHeaders.of(eventId, event.producer(), event.event().getSchema().getName(),
                        event.occurredAt()));
    }

    /**
     * The services' producer settings ({@code KafkaClientsAutoConfiguration}: acks=all, idempotent, no compression),
     * with the batches of a bulk load: 512 KB per partition, filled for up to 50 ms.
     */
    private static Map<String, Object> producerConfig(String bootstrapServers) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 50,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    }
}
