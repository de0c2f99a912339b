package io.clinicflow.messaging;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Defaults every ClinicFlow service shares, below anything a service or operator configures: listener
 * observation (consumers continue the journey's trace from {@code traceparent}), every journey sampled, and JSON logs
 * (Elastic Common Schema) in the {@code json} profile.
 */
public class ClinicFlowDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.listener.observation-enabled", true);
        defaults.put("management.tracing.sampling.probability", 1.0);
        defaults.put("management.metrics.distribution.percentiles-histogram.spring.kafka.listener", true);
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", true);
        if (environment.matchesProfiles("json")) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        environment.getPropertySources().addLast(new MapPropertySource("clinicflow-defaults", defaults));
    }
}
