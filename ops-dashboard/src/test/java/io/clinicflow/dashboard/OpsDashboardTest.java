package io.clinicflow.dashboard;

import io.clinicflow.testkit.ClinicInfrastructureInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * ops-dashboard on a random port, on this JVM's shared broker (its datasource property is unused: no DataSource), with
 * the {@link ServicesStandIn} as the services its parked-events panel asks. One context for every dashboard test:
 * a second would split the dashboard's consumer group with the first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=ops-dashboard", "clinicflow.dashboard.lag-interval=PT1S"})
@ContextConfiguration(initializers = {ClinicInfrastructureInitializer.class, ServicesStandIn.Initializer.class})
public @interface OpsDashboardTest {
}
