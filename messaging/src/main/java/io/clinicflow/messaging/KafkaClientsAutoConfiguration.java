package io.clinicflow.messaging;

import io.clinicflow.events.codec.AvroEventDeserializer;
import io.clinicflow.events.codec.AvroEventSerializer;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Producers with {@code acks=all} and idempotence, consumers that never crash on bad bytes, the events' codec and
 * metrics, the journey in the log context, the inbox that makes a redelivered record harmless, and batch listeners'
 * one transaction per poll ({@link EventBatches}).
 */
@AutoConfiguration
public class KafkaClientsAutoConfiguration {

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
    EventMetrics eventMetrics(ObjectProvider<MeterRegistry> registry) {
        return new EventMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    JourneyLogContext journeyLogContext() {
        return new JourneyLogContext();
    }

    @Bean
    Inbox inbox(JdbcClient jdbc) {
        return new Inbox(jdbc);
    }

    @Bean
    EventBatches eventBatches(PlatformTransactionManager transactions, Inbox inbox,
                              ObjectProvider<ObservationRegistry> observations, JourneyLogContext logContext) {
        return new EventBatches(new TransactionTemplate(transactions), inbox,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP), logContext);
    }

    /**
     * {@code spring.kafka.listener} is one observation per record: EventBatches' for batch listeners, the container's
     * for record listeners. The container's own timer, on only when it does not observe (a batch listener), would
     * time whole batches under the same name with other tags, which Prometheus refuses.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> recordTimersOnly() {
        return container -> container.getContainerProperties().setMicrometerEnabled(false);
    }
}
