package io.clinicflow.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Do events flow? The pipeline health group ({@link ClinicFlowDefaults#PIPELINE}, ADR 0038): events leave the outbox
 * and this service's consumer groups move; and the group as a gauge for Prometheus.
 */
@AutoConfiguration
public class PipelineHealthAutoConfiguration {

    /** The outbox in the pipeline health group: {@code outbox}. */
    @Bean
    OutboxHealth outboxHealthIndicator(JdbcClient jdbc, DatabaseProbe probe,
                                       @Value("${clinicflow.health.outbox-max-age:PT60S}") Duration maxAge) {
        return new OutboxHealth(jdbc, probe, maxAge);
    }

    /** This service's consumer groups in the pipeline health group: {@code consumers}. */
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
}
