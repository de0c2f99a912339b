package io.clinicflow.aftercare;

import io.clinicflow.testkit.WithClinicInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * aftercare-service on this JVM's shared broker, PostgreSQL, SMTP, SMS gateway and clock; one context for all, in which
 * the location {@link ClinicEvents#LOS_ANGELES} writes en-US and every other one en-GB. A session of a client never
 * registered here is dead-lettered after 8 s instead of the deployed five minutes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=aftercare-service",
        "clinicflow.aftercare.polling-interval=PT0.2S",
        "clinicflow.messaging.early-event-patience=PT8S",
        "clinicflow.aftercare.templates.locations[" + ClinicEvents.LOS_ANGELES + "]=en-US"})
@WithClinicInfrastructure
@Import(SmsGateway.Configuration.class)
public @interface AftercareServiceTest {
}
