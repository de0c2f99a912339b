package io.clinicflow.dashboard;

import io.clinicflow.testkit.WithClinicInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** ops-dashboard on a random port, on this JVM's shared broker (its datasource property is unused: no DataSource). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=ops-dashboard", "clinicflow.dashboard.lag-interval=PT1S"})
@WithClinicInfrastructure
public @interface OpsDashboardTest {
}
