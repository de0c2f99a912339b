package io.clinicflow.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;

import java.time.Duration;

/**
 * One error handler for every listener (retries, then the dead-letter topic; an event that arrived early waits) and
 * operations' replay of a topic's dead letters ({@link DeadLetterController}).
 */
@AutoConfiguration
public class DeadLetterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler clinicErrorHandler(KafkaTemplate<?, ?> template, EventMetrics metrics,
            @Value("${clinicflow.messaging.early-event-patience:PT5M}") Duration earlyEventPatience) {
        return DeadLetters.errorHandler(template, metrics, earlyEventPatience);
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
}
