package io.clinicflow.booking;

import io.clinicflow.testkit.WithClinicInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** booking-service on a random port, on this JVM's shared broker, PostgreSQL and business clock. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=booking-service")
@WithClinicInfrastructure
public @interface BookingServiceTest {
}
