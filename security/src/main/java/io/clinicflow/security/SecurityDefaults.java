package io.clinicflow.security;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The security defaults every ClinicFlow service shares, below anything a service or operator configures: the issuer
 * and audience a token must name, and no per-filter security observations.
 */
public class SecurityDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("clinicflow-security-defaults", Map.of(
                // Tokens must come from the chain's issuer and be meant for ClinicFlow (ADR 0023); deployments name theirs
                "clinicflow.security.issuer", "clinicflow-local",
                "spring.security.oauth2.resourceserver.jwt.audiences", "clinicflow",
                // Spring Security observes each filter of every request; the request's own observation stays (ADR 0031)
                "management.observations.enable.spring.security", false)));
    }
}
