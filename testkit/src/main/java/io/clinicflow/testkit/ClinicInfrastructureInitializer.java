package io.clinicflow.testkit;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's test context at the shared {@link ClinicInfrastructure}: broker, its own database (named by
 * {@code spring.application.name} without "-service"), SMTP, and the one business clock.
 */
public class ClinicInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
        String service = context.getEnvironment().getRequiredProperty("spring.application.name");
        String database = service.replace("-service", "");
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("clinic-infrastructure", infrastructure.springProperties(database)));
        context.getBeanFactory().registerSingleton("businessClock", infrastructure.clock());
    }
}
