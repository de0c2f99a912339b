package io.clinicflow.dashboard.feed;

import io.clinicflow.events.codec.AvroEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

import java.util.HashMap;
import java.util.Map;

/**
 * How the dashboard reads the topics. Event topics: String keys, Avro values through the shared codec behind
 * {@link ErrorHandlingDeserializer} (what messaging's consumer defaults do; the dashboard cannot use messaging
 * without a DataSource). Dead-letter topics: raw bytes, since their values are by definition often unreadable.
 * The dashboard only watches: a record it cannot read is logged and skipped, never retried or dead-lettered again.
 */
@Configuration(proxyBeanMethods = false)
public class FeedConfiguration {

    public static final String DEAD_LETTER_CONTAINER_FACTORY = "deadLetterContainerFactory";
    private static final Logger log = LoggerFactory.getLogger(FeedConfiguration.class);

    @Bean
    DefaultKafkaConsumerFactoryCustomizer clinicEventConsumer() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
                ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, AvroEventDeserializer.class,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
    }

    @Bean
    CommonErrorHandler skipUnreadable() {
        return new DefaultErrorHandler((record, exception) -> log.warn("Skipped unreadable record {}-{}@{}: {}",
                record.topic(), record.partition(), record.offset(),
                NestedExceptionUtils.getMostSpecificCause(exception).toString()), new FixedBackOff(0, 0));
    }

    @Bean(DEAD_LETTER_CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> deadLetterContainerFactory(
            KafkaProperties kafka, ConcurrentKafkaListenerContainerFactoryConfigurer configurer) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, new DefaultKafkaConsumerFactory<>(consumer));
        return factory;
    }
}
