package io.clinicflow.session;

import io.clinicflow.testkit.WithClinicInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** session-service on a random port, against this JVM's shared broker, PostgreSQL and business clock. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SessionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=session-service")
@WithClinicInfrastructure
public @interface SessionServiceTest {
}
