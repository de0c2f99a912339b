package io.clinicflow.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compose, the images, Prometheus and each application's own configuration agree on ports, hosts and endpoints.
 * The database, credential and mail checks are for the three services; the ops dashboard reads Kafka only.
 */
class ServiceEndpointsTests {

    static final List<String> SERVICES = ComposeFile.CLINICFLOW_SERVICES;
    static final List<String> APPLICATIONS = ComposeFile.CLINICFLOW_APPLICATIONS;
    private static final String DASHBOARD = ComposeFile.OPS_DASHBOARD;
    private static final String READINESS = "/actuator/health/readiness";
    private static final String INIT_SCRIPT = "deploy/postgres/init-databases.sh";

    private final ComposeFile compose = new ComposeFile();

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void composePublishesTheServicePort(String service) {
        ServiceConfig config = new ServiceConfig(service);

        assertThat(compose.containerPorts(service)).containsExactly(config.port());
        assertThat(Dockerfile.of(service).only("EXPOSE")).isEqualTo(String.valueOf(config.port()));
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void healthcheckAsksTheReadinessEndpoint(String service) {
        ServiceConfig config = new ServiceConfig(service);

        assertThat(Dockerfile.of(service).healthcheckCommand())
                .contains("/dev/tcp/127.0.0.1/" + config.port() + " ").contains("GET " + READINESS + " ");
        assertThat(config.get("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(config.get("management.endpoints.web.exposure.include")).contains("health");
        assertThat(config.get("management.endpoint.health.group.readiness.include")).contains("readinessState");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void readinessIncludesTheDatabase(String service) {
        assertThat(new ServiceConfig(service).get("management.endpoint.health.group.readiness.include"))
                .contains("readinessState", "db");
    }

    @Test
    void dashboardIsReadyWithoutADatabase() {
        ServiceConfig config = new ServiceConfig(DASHBOARD);

        assertThat(config.get("management.endpoint.health.group.readiness.include")).doesNotContain("db");
        assertThat(config.get("spring.datasource.url")).isNull();
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void prometheusScrapesTheServiceMetricsEndpoint(String service) {
        ServiceConfig config = new ServiceConfig(service);
        Map<String, Object> job = ComposeFile.map(ComposeFile.list(
                Checkout.yaml("deploy/prometheus/prometheus.yml").get("scrape_configs")).getFirst());

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(ComposeFile.list(job.get("static_configs"))).anySatisfy(target -> assertThat(
                ComposeFile.list(ComposeFile.map(target).get("targets"))).containsExactly(service + ":" + config.port()));
        assertThat(config.get("management.endpoints.web.exposure.include")).contains("prometheus");
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void dockerProfileReachesTheComposeKafka(String service) {
        ServiceConfig config = new ServiceConfig(service);

        assertThat(config.get("spring.kafka.bootstrap-servers")).isEqualTo("kafka:9092");
        assertThat(compose.kafkaSetting("KAFKA_ADVERTISED_LISTENERS")).contains("INTERNAL://kafka:9092");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void dockerProfileReachesTheComposeContainers(String service) {
        ServiceConfig config = new ServiceConfig(service);

        assertThat(config.get("spring.datasource.url")).isEqualTo("jdbc:postgresql://postgres:5432/" + config.database());
        assertThat(Checkout.text(INIT_SCRIPT)).contains("CREATE DATABASE " + config.database() + " OWNER " + config.database() + ";");
        assertThat(config.get("spring.kafka.bootstrap-servers")).isEqualTo("kafka:9092");
        assertThat(compose.kafkaSetting("KAFKA_ADVERTISED_LISTENERS")).contains("INTERNAL://kafka:9092");
        assertThat(config.get("spring.datasource.username")).isEqualTo(config.database());
        assertThat(config.get("spring.datasource.password")).isEqualTo("${DATABASE_PASSWORD}");
        assertThat(ComposeFile.map(compose.service(service).get("environment")))
                .containsKey("DATABASE_PASSWORD").doesNotContainKeys("POSTGRES_USER", "POSTGRES_PASSWORD");
        assertThat(Checkout.text(INIT_SCRIPT)).contains("CREATE ROLE " + config.database() + " LOGIN PASSWORD");
    }

    /** The clients' data keys (ADR 0030): one key store on the compose PostgreSQL, owned by booking (ADR 0042). */
    @ParameterizedTest
    @FieldSource("SERVICES")
    void dockerProfileReachesTheKeyStore(String service) {
        ServiceConfig config = new ServiceConfig(service);

        assertThat(config.get("clinicflow.keys.datasource.url"))
                .isEqualTo("jdbc:postgresql://postgres:5432/clinicflow_keys");
        assertThat(Checkout.text(INIT_SCRIPT)).contains("CREATE DATABASE clinicflow_keys OWNER booking;");
        assertThat(config.get("clinicflow.keys.datasource.username")).isEqualTo(config.database());
        assertThat(config.get("clinicflow.keys.datasource.password")).isEqualTo("${DATABASE_PASSWORD}");
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void imageRunsTheBuiltJarAsAnUnprivilegedUserInTheDockerProfile(String service) {
        Dockerfile dockerfile = Dockerfile.of(service);

        assertThat(compose.buildContext(service)).isEqualTo(service);
        assertThat(dockerfile.only("FROM")).matches("eclipse-temurin:21\\.\\d+\\.\\d+_\\d+-jre");
        assertThat(dockerfile.only("COPY")).startsWith("target/" + service + "-0.1.0-SNAPSHOT-exec.jar ");
        assertThat(dockerfile.only("USER")).isNotIn("root", "0");
        assertThat(dockerfile.only("ENV")).contains("SPRING_PROFILES_ACTIVE=docker")
                .contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void serviceStartsOnlyOnceItsDependenciesAreReady(String service) {
        assertThat(ComposeFile.map(compose.service(service).get("depends_on"))).isEqualTo(Map.of(
                "kafka", Map.of("condition", "service_healthy"),
                "topic-init", Map.of("condition", "service_completed_successfully"),
                "postgres", Map.of("condition", "service_healthy"),
                "mailpit", Map.of("condition", "service_started")));
    }

    @Test
    void dashboardStartsOnceTheTopicsExistAndGetsNoDatabaseNorSecretsButItsKafkaLoginAndTokenIssuer() {
        Map<String, Object> dashboard = compose.service(DASHBOARD);

        assertThat(ComposeFile.map(dashboard.get("depends_on"))).isEqualTo(Map.of(
                "kafka", Map.of("condition", "service_healthy"),
                "topic-init", Map.of("condition", "service_completed_successfully")));
        assertThat(dashboard).doesNotContainKeys("env_file", "secrets");
        assertThat(ComposeFile.map(dashboard.get("environment")).keySet())
                .allMatch(key -> key.startsWith("SPRING_KAFKA_") || key.equals("CLINICFLOW_SECURITY_ISSUER"));
        assertThat(new ServiceConfig(DASHBOARD).get("spring.mail.host")).isNull();
    }

    /** The parked-events panel asks each service itself, with the viewer's token (ADR 0038). */
    @ParameterizedTest
    @FieldSource("SERVICES")
    void dashboardAsksTheServicesOnTheComposeNetwork(String service) {
        assertThat(new ServiceConfig(DASHBOARD).get("clinicflow.dashboard.services." + service))
                .isEqualTo("http://" + service + ":" + new ServiceConfig(service).port());
        assertThat(compose.serviceNames()).contains(service);
    }

    @Test
    void aftercareSendsMailThroughMailpit() {
        ServiceConfig config = new ServiceConfig("aftercare-service");

        assertThat(config.get("spring.mail.host")).isEqualTo("mailpit");
        assertThat(config.get("spring.mail.port")).isEqualTo(String.valueOf(1025));
        assertThat(compose.serviceNames()).contains("mailpit");
    }
}
