package io.clinicflow.messaging;

import io.clinicflow.events.codec.AvroEventDeserializer;
import io.clinicflow.events.codec.AvroEventSerializer;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Producers with {@code acks=all} and idempotence, consumers that never crash on bad bytes, the events' codec and
 * metrics, the journey in the log context, and the inbox that makes a redelivered record harmless.
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
}
