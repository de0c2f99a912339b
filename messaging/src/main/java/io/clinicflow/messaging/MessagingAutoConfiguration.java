package io.clinicflow.messaging;

import io.clinicflow.events.codec.AvroEventDeserializer;
import io.clinicflow.events.codec.AvroEventSerializer;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.web.ApiErrors;
import io.clinicflow.web.DeadLetterController;
import io.clinicflow.web.ParkedEventsController;
import io.clinicflow.web.RequestBodyLimit;
import io.clinicflow.web.TextLimitsInOpenApi;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The Kafka runtime every ClinicFlow service shares: producers with {@code acks=all} and idempotence, consumers that
 * never crash on bad bytes, one error handler with a dead-letter topic, the outbox with its relay, the inbox, the
 * business clock and RFC 9457 problem details.
 */
@AutoConfiguration
public class MessagingAutoConfiguration {

    /** The largest event payload the outbox takes: clinic events are about 1 KB, Kafka's own limit is 1 MB. */
    static final int MAX_EVENT_BYTES = 256 * 1024;

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    BusinessClock businessClock(@Value("${clinicflow.clock.speed:1}") double speed) {
        return BusinessClock.accelerated(speed);
    }

    @Bean
    SingleObjectCodec singleObjectCodec() {
        return SingleObjectCodec.shipped();
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer clinicProducerDefaults() {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.LINGER_MS_CONFIG, 5));
            rawValueSerializer(factory).setValueSerializer(eventOrRawBytes());
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DefaultKafkaProducerFactory<String, Object> rawValueSerializer(DefaultKafkaProducerFactory factory) {
        return factory;
    }

    /** Events are encoded by the codec; bytes (the outbox's payloads, dead letters) pass through untouched. */
    private static Serializer<Object> eventOrRawBytes() {
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(SpecificRecord.class, new AvroEventSerializer());
        return new DelegatingByTypeSerializer(byType, true);
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer clinicConsumerDefaults() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
                ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, AvroEventDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler clinicErrorHandler(KafkaTemplate<?, ?> template, EventMetrics metrics,
            @Value("${clinicflow.messaging.early-event-patience:PT5M}") Duration earlyEventPatience) {
        return DeadLetters.errorHandler(template, metrics, earlyEventPatience);
    }

    @Bean
    EventMetrics eventMetrics(ObjectProvider<MeterRegistry> registry) {
        return new EventMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** Events written but not yet on Kafka: grows while the broker is unreachable. */
    @Bean
    MeterBinder outboxBacklog(JdbcClient jdbc) {
        return registry -> Gauge.builder("clinicflow.outbox.backlog", () -> unpublished(jdbc))
                .description("Outbox events not yet published (NaN while the database is unreachable)")
                .register(registry);
    }

    private static double unpublished(JdbcClient jdbc) {
        return count(jdbc, "select count(*) from outbox_event where published_at is null");
    }

    private static double count(JdbcClient jdbc, String query) {
        try {
            return jdbc.sql(query).query(Long.class).single();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }

    /** Rows Kafka refused for good, waiting for ops (issue 23): should stay 0. */
    @Bean
    MeterBinder outboxParked(JdbcClient jdbc) {
        return registry -> Gauge.builder("clinicflow.outbox.parked", () -> count(jdbc,
                        "select count(*) from outbox_event where parked_at is not null and published_at is null"))
                .description("Outbox events Kafka refused for good, held with their client's later events")
                .register(registry);
    }

    @Bean
    @SuppressWarnings("unchecked")
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<?, ?> template,
                            @Value("${spring.application.name}") String producer,
                            @Value("${clinicflow.outbox.poll-interval:PT0.25S}") Duration pollInterval,
                            @Value("${clinicflow.outbox.batch-size:200}") int batchSize,
                            @Value("${clinicflow.outbox.max-event-bytes:" + MAX_EVENT_BYTES + "}") int maxEventBytes) {
        return new OutboxRelay(jdbc, transactions, (KafkaTemplate<String, Object>) template, producer, pollInterval,
                batchSize, maxEventBytes);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, SingleObjectCodec codec, Clock clock,
                  @Value("${spring.application.name}") String producer, OutboxRelay relay, EventMetrics metrics,
                  @Value("${clinicflow.outbox.max-event-bytes:" + MAX_EVENT_BYTES + "}") int maxEventBytes) {
        return new Outbox(jdbc, codec, clock, producer, relay, metrics, maxEventBytes);
    }

    @Bean
    ParkedEvents parkedEvents(JdbcClient jdbc, OutboxRelay relay) {
        return new ParkedEvents(jdbc, relay);
    }

    @Bean
    ParkedEventsController parkedEventsController(ParkedEvents parked) {
        return new ParkedEventsController(parked);
    }

    @Bean
    @SuppressWarnings("unchecked")
    DeadLetterReplay deadLetterReplay(ConsumerFactory<?, ?> consumers, KafkaTemplate<?, ?> template,
                                      @Value("${spring.application.name}") String service) {
        return new DeadLetterReplay(consumers.getConfigurationProperties(), service,
                (KafkaTemplate<String, Object>) template);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetterReplay replay) {
        return new DeadLetterController(replay);
    }

    @Bean
    JourneyLogContext journeyLogContext() {
        return new JourneyLogContext();
    }

    @Bean
    Inbox inbox(JdbcClient jdbc) {
        return new Inbox(jdbc);
    }

    /** The broker in the readiness group (ClinicFlowDefaults): {@code kafka}, next to {@code database}. */
    @Bean
    KafkaReadiness kafkaHealthIndicator(KafkaAdmin admin,
                                        @Value("${clinicflow.readiness.kafka-timeout:PT2S}") Duration timeout,
                                        @Value("${clinicflow.readiness.kafka-cache:PT5S}") Duration cacheFor) {
        return new KafkaReadiness(admin.getConfigurationProperties(), timeout, cacheFor);
    }

    /** Is the database reachable? On a connection of its own, outside the pool (ADR 0021). */
    @Bean
    DatabaseProbe databaseProbe(DataSourceProperties database,
                                @Value("${clinicflow.database-watch.timeout:PT2S}") Duration timeout) {
        DataSource unpooled = database.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
        return new DatabaseProbe(unpooled, timeout);
    }

    /** The database in the readiness group (ClinicFlowDefaults): {@code database}, answered within the probe's timeout. */
    @Bean
    DatabaseReadiness databaseHealthIndicator(DatabaseProbe probe) {
        return new DatabaseReadiness(probe);
    }

    /** The outbox in the pipeline health group (ClinicFlowDefaults): {@code outbox}, ADR 0038. */
    @Bean
    OutboxHealth outboxHealthIndicator(JdbcClient jdbc, DatabaseProbe probe,
                                       @Value("${clinicflow.health.outbox-max-age:PT60S}") Duration maxAge) {
        return new OutboxHealth(jdbc, probe, maxAge);
    }

    /** This service's consumer groups in the pipeline health group: {@code consumers}, ADR 0038. */
    @Bean
    ConsumerProgress consumersHealthIndicator(KafkaAdmin admin, KafkaListenerEndpointRegistry listeners,
            @Value("${clinicflow.health.consumer-check-interval:PT5S}") Duration interval,
            @Value("${clinicflow.health.consumer-stall-after:PT60S}") Duration stallAfter) {
        return new ConsumerProgress(admin.getConfigurationProperties(), () -> listeners.getListenerContainers().stream()
                .filter(MessageListenerContainer::isRunning).map(MessageListenerContainer::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toSet()), interval, stallAfter);
    }

    /** 1 while the pipeline health group is UP, else 0: what Prometheus alerts on (deploy/prometheus/alerts.yml). */
    @Bean
    MeterBinder pipelineHealth(ObjectProvider<HealthEndpoint> health) {
        return registry -> Gauge.builder("clinicflow.health.pipeline", () -> {
                    HealthEndpoint endpoint = health.getIfAvailable();
                    HealthDescriptor pipeline = endpoint == null ? null
                            : endpoint.healthForPath(ClinicFlowDefaults.PIPELINE);
                    return pipeline == null ? Double.NaN : Status.UP.equals(pipeline.getStatus()) ? 1 : 0;
                })
                .description("1 while /actuator/health/pipeline is UP: events leave the outbox and the consumers move")
                .register(registry);
    }

    @Bean
    ConsumersPauseWhileDatabaseDown consumersPauseWhileDatabaseDown(DatabaseProbe probe,
            KafkaListenerEndpointRegistry listeners,
            @Value("${clinicflow.database-watch.interval:PT1S}") Duration interval) {
        return new ConsumersPauseWhileDatabaseDown(probe, listeners::getListenerContainers, interval);
    }

    @Bean
    ApiErrors apiErrors() {
        return new ApiErrors();
    }

    /**
     * The largest request body a service reads (issue 23, ADR 0037): a clinic's requests are about 1 KB; the largest
     * the field limits allow (a completion with every note at its limit, every character escaped) stays under 50 KB.
     */
    static final int MAX_REQUEST_BYTES = 64 * 1024;

    /** Right after the HTTP observation, so a 413 still counts in http_server_requests; before security (-100). */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${clinicflow.web.max-request-bytes:" + MAX_REQUEST_BYTES + "}") int maxBytes) {
        FilterRegistrationBean<RequestBodyLimit> limit = new FilterRegistrationBean<>(new RequestBodyLimit(maxBytes));
        limit.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return limit;
    }

    /** The text limits in the OpenAPI document, where a service serves one (the ops dashboard does not). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.PropertyCustomizer")
    static class TextLimitsDocumented {
        @Bean
        TextLimitsInOpenApi textLimitsInOpenApi() {
            return new TextLimitsInOpenApi();
        }
    }
}
