package io.clinicflow.messaging;

import io.clinicflow.events.codec.SingleObjectCodec;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * The outbox (events written in the state change's transaction), its relay to Kafka, the rows Kafka refused for good
 * ({@link ParkedEventsController}), the gauges of both, and the housekeeping that keeps the outbox and the inbox from
 * growing with traffic (ADR 0057).
 */
@AutoConfiguration
public class OutboxAutoConfiguration {

    /** The largest event payload the outbox takes: clinic events are about 1 KB, Kafka's own limit is 1 MB. */
    static final int MAX_EVENT_BYTES = 256 * 1024;

    @Bean
    @SuppressWarnings("unchecked")
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<?, ?> template,
                            @Value("${spring.application.name}") String producer,
                            @Value("${clinicflow.outbox.sweep-interval:PT30S}") Duration sweepInterval,
                            @Value("${clinicflow.outbox.batch-size:200}") int batchSize,
                            @Value("${clinicflow.outbox.max-event-bytes:" + MAX_EVENT_BYTES + "}") int maxEventBytes) {
        return new OutboxRelay(jdbc, transactions, (KafkaTemplate<String, Object>) template, producer, sweepInterval,
                batchSize, maxEventBytes);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, SingleObjectCodec codec, Clock clock,
                  @Value("${spring.application.name}") String producer, OutboxRelay relay, EventMetrics metrics,
                  @Value("${clinicflow.outbox.max-event-bytes:" + MAX_EVENT_BYTES + "}") int maxEventBytes,
                  JourneyTrace trace) {
        return new Outbox(jdbc, codec, clock, producer, relay, metrics, maxEventBytes, trace);
    }

    /** Which journeys are traced (ADR 0056): the outbox writes the decision into every event's traceparent. */
    @Bean
    JourneyTrace journeyTrace(
            @Value("${" + JourneyTrace.SAMPLING + ":" + JourneyTrace.DEFAULT_SAMPLING + "}") double sampling) {
        return new JourneyTrace(sampling);
    }

    /** Published outbox rows kept a week for ops; inbox rows kept 150 days, past any redelivery (ADR 0057). */
    @Bean
    OutboxAndInboxHousekeeping outboxAndInboxHousekeeping(JdbcClient jdbc, ObjectProvider<MeterRegistry> registry,
            @Value("${clinicflow.outbox.retention:P7D}") Duration outboxRetention,
            @Value("${clinicflow.inbox.retention:P150D}") Duration inboxRetention,
            @Value("${clinicflow.housekeeping.interval:PT1H}") Duration interval,
            @Value("${clinicflow.housekeeping.chunk-size:5000}") int chunkSize) {
        return new OutboxAndInboxHousekeeping(jdbc, registry.getIfAvailable(SimpleMeterRegistry::new), outboxRetention,
                inboxRetention, interval, chunkSize);
    }

    @Bean
    ParkedEvents parkedEvents(JdbcClient jdbc, OutboxRelay relay) {
        return new ParkedEvents(jdbc, relay);
    }

    @Bean
    ParkedEventsController parkedEventsController(ParkedEvents parked) {
        return new ParkedEventsController(parked);
    }

    /** Events written but not yet on Kafka: grows while the broker is unreachable. */
    @Bean
    MeterBinder outboxBacklog(JdbcClient jdbc) {
        return registry -> Gauge.builder("clinicflow.outbox.backlog", () -> count(jdbc,
                        "select count(*) from outbox_event where published_at is null"))
                .description("Outbox events not yet published (NaN while the database is unreachable)")
                .register(registry);
    }

    /** Rows Kafka refused for good, waiting for ops (issue 23): should stay 0. */
    @Bean
    MeterBinder outboxParked(JdbcClient jdbc) {
        return registry -> Gauge.builder("clinicflow.outbox.parked", () -> count(jdbc,
                        "select count(*) from outbox_event where parked_at is not null and published_at is null"))
                .description("Outbox events Kafka refused for good, held with their client's later events")
                .register(registry);
    }

    private static double count(JdbcClient jdbc, String query) {
        try {
            return jdbc.sql(query).query(Long.class).single();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
