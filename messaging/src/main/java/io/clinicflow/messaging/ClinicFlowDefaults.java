package io.clinicflow.messaging;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Defaults every ClinicFlow service shares, below anything a service or operator configures: listener
 * observation (consumers continue the journey's trace from {@code traceparent}), offsets committed once a second,
 * a tenth of journeys and requests traced, JSON logs (Elastic Common Schema) in the {@code json} profile, readiness
 * with database and broker, a pipeline health group (outbox and consumer progress) and graceful shutdown. The
 * security module brings its own ({@code SecurityDefaults}).
 */
public class ClinicFlowDefaults implements EnvironmentPostProcessor {

    /** The health group that says whether events flow: {@code /actuator/health/pipeline}. */
    public static final String PIPELINE = "pipeline";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.listener.observation-enabled", true);
        // One sampling rate: journeys by their correlationId (JourneyTrace), HTTP requests by chance. ADR 0056
        defaults.put("management.tracing.sampling.probability",
                "${" + JourneyTrace.SAMPLING + ":" + JourneyTrace.DEFAULT_SAMPLING + "}");
        // Nobody reads the ".active" long task timers (records or requests in flight); each started one per observation
        defaults.put("management.metrics.observations.ignored-meters", "long-task-timer");
        defaults.put("management.metrics.distribution.percentiles-histogram.spring.kafka.listener", true);
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", true);
        // One consumer per partition (topics have 3; a key stays on one): handlers overlap their DB waits. ADR 0022
        defaults.put("spring.kafka.listener.concurrency", 3);
        // Offsets are committed once a second, not after every poll: the inbox makes a record redelivered after a
        // crash harmless, and a commit per record was the broker's group coordinator's main load (ADR 0031)
        defaults.put("spring.kafka.listener.ack-mode", "time");
        defaults.put("spring.kafka.listener.ack-time", "1s");
        // A poll is one database transaction in a batch listener (EventBatches, ADR 0053). 100 records make the commit
        // a rounding error of the batch's work (the inbox insert and the handler's statements) while the transaction
        // stays short enough to hold its row locks well under a second; a failed batch is redone one record each.
        defaults.put("spring.kafka.consumer.max-poll-records", 100);
        // the container commits between polls: an idle consumer's last offsets go out within about two seconds
        defaults.put("spring.kafka.listener.poll-timeout", "1s");
        // Readiness: the database (DatabaseReadiness) and the broker (KafkaReadiness); graceful shutdown: HTTP
        // requests and the records in the listeners finish, then the outbox relay's last round, then the producer
        // closes (flushes).
        defaults.put("management.endpoint.health.probes.enabled", true);
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,database,kafka");
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "30s");
        defaults.put("spring.kafka.listener.immediate-stop", false);
        // Pipeline: events leave the outbox and the consumer groups move (ADR 0038). Not in readiness: a parked row or
        // a stalled group is the same for every instance, and taking them all out of the load balancer would turn one
        // client's held events into an outage. Its details are counts, ages and group names, never a client's data.
        defaults.put("management.endpoint.health.group." + PIPELINE + ".include", "outbox,consumers");
        defaults.put("management.endpoint.health.group." + PIPELINE + ".show-details", "always");
        if (environment.matchesProfiles("json")) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        environment.getPropertySources().addLast(new MapPropertySource("clinicflow-defaults", defaults));
    }
}
