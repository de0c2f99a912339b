package io.clinicflow.testkit;

import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test context at this JVM's shared real broker, PostgreSQL, SMTP server and business clock.
 * Each service composes it with its own {@code @SpringBootTest(properties = "spring.config.name=<service>")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = ClinicInfrastructureInitializer.class)
public @interface WithClinicInfrastructure {
}
