package io.clinicflow.deploy;

import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.session.HealthDeclarationSubmitted;
import io.clinicflow.booking.BookingServiceApplication;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.ContractEvents;
import io.clinicflow.testkit.TopicProbe;
import io.clinicflow.testkit.WithClinicInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * booking-service as its container runs it (the docker profile, pointed at the test infrastructure) exports every
 * series the Grafana dashboard and the Prometheus alerts query, and answers the image's HEALTHCHECK.
 */
@SpringBootTest(classes = BookingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=booking-service", "spring.profiles.active=docker"})
@WithClinicInfrastructure
class DashboardMetricsTests {

    @LocalServerPort
    int port;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void serviceExportsEverySeriesTheDashboardAndTheAlertsQuery() {
        registerClient();
        deadLetterOneRecord();
        deliverAnEventBookingSkips();

        Set<String> queried = new TreeSet<>(GrafanaDashboard.load().metricNames());
        queried.addAll(PrometheusAlerts.load().metricNames());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(missing(queried)).as("queried series not exported").isEmpty());
    }

    @Test
    void imageHealthcheckPassesOnceTheServiceIsReady() throws IOException, InterruptedException {
        String command = Dockerfile.of("booking-service").healthcheckCommand()
                .replace("/dev/tcp/127.0.0.1/" + new ServiceConfig("booking-service").port(), "/dev/tcp/127.0.0.1/" + port);

        Process healthcheck = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(healthcheck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(healthcheck.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(healthcheck.exitValue()).as("healthcheck said: %s", output).isZero();
        assertThat(healthGroups.get("readiness").isMember("db")).as("readiness includes the database").isTrue();
    }

    /** ClientRegistered makes clinicflow_events_published_total appear. */
    private void registerClient() {
        ApiClient booking = ApiClient.onPort(port);
        ApiClient.Response location = booking.post("/api/v1/locations",
                Map.of("name", "Dashboard Leeds", "timeZone", "Europe/London"));
        assertThat(location.status()).as("%s", location.body()).isEqualTo(201);
        ApiClient.Response client = booking.post("/api/v1/clients", Map.of("firstName", "Ada", "lastName", "Byron",
                "email", "ada+" + UUID.randomUUID() + "@example.com", "phone", "+44 113 496 0000",
                "dateOfBirth", "1990-12-10", "homeLocationId", location.text("id"),
                "consent", Map.of("email", true, "sms", false)));
        assertThat(client.status()).as("%s", client.body()).isEqualTo(201);
    }

    /** A record that is not Avro goes to the DLT: clinicflow_dead_letters_total appears. */
    private void deadLetterOneRecord() {
        TopicProbe probe = TopicProbe.of(ClinicInfrastructure.shared());
        String key = UUID.randomUUID().toString();
        probe.sendRaw(Topics.SESSION_EVENTS, key, "not avro".getBytes(StandardCharsets.UTF_8));
        await().atMost(TopicProbe.PATIENCE).until(() -> probe.rawRecords(Topics.deadLetterOf(Topics.SESSION_EVENTS))
                .stream().anyMatch(record -> key.equals(record.key())));
    }

    /** A valid event booking-service does not act on: the listener timer records a handled record. */
    private void deliverAnEventBookingSkips() {
        String clientId = UUID.randomUUID().toString();
        EventMetadata meta = ContractEvents.of(clientId).meta(HealthDeclarationSubmitted.class);
        ContractEvents.publish(HealthDeclarationSubmitted.newBuilder().setMeta(meta)
                .setDeclarationId(UUID.randomUUID().toString()).setSubmittedAt(meta.getOccurredAt()).build());
    }

    private Set<String> missing(Set<String> wanted) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(exportedSeries());
        return missing;
    }

    /** Series names of the Prometheus exposition: each sample line up to its labels or value. */
    private Set<String> exportedSeries() {
        String exposition = RestClient.create().get().uri("http://localhost:" + port + "/actuator/prometheus")
                .retrieve().body(String.class);
        return Arrays.stream(exposition.split("\n")).filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }
}
