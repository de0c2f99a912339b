package io.clinicflow.dashboard;

import io.clinicflow.messaging.BusinessClockAutoConfiguration;
import io.clinicflow.messaging.DeadLetterAutoConfiguration;
import io.clinicflow.messaging.KafkaClientsAutoConfiguration;
import io.clinicflow.messaging.OutboxAutoConfiguration;
import io.clinicflow.messaging.PipelineHealthAutoConfiguration;
import io.clinicflow.messaging.ReadinessAutoConfiguration;
import io.clinicflow.web.RestApiAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The operations page of the clinic chain: a journey funnel per location, the latest events, dead letters and
 * consumer lag, projected in memory from the topics (ADR 0016). It has no database: the JDBC auto-configurations
 * are excluded by name, as they are on the class path only when the dashboard shares a JVM with the services (local
 * stack, tests); messaging's (outbox, inbox and relay need one) and the services' REST API defaults are excluded
 * too, so the dashboard keeps Spring's own answers and no request body limit (ADR 0048).
 */
@SpringBootApplication(exclude = {BusinessClockAutoConfiguration.class, KafkaClientsAutoConfiguration.class,
        DeadLetterAutoConfiguration.class, OutboxAutoConfiguration.class, ReadinessAutoConfiguration.class,
        PipelineHealthAutoConfiguration.class, RestApiAutoConfiguration.class}, excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@EnableScheduling
public class OpsDashboardApplication {

    /** The dashboard with its own config name, so that it can share one JVM with the services (local stack). */
    public static SpringApplicationBuilder app() {
        return new SpringApplicationBuilder(OpsDashboardApplication.class).properties("spring.config.name=ops-dashboard");
    }

    public static void main(String[] args) {
        app().run(args);
    }
}
