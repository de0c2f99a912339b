package io.clinicflow.deploy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The provisioned dashboard is well-formed and shows what DESIGN §10 asks of operations. */
class GrafanaDashboardTests {

    static final List<String> JOURNEY = List.of("SessionBooked", "ScreeningCompleted", "BookingConfirmed",
            "SessionCompleted", "AftercareMessageSent", "HealingMilestoneReached", "FollowUpOffered");

    private final GrafanaDashboard dashboard = GrafanaDashboard.load();

    @Test
    void funnelCountsEachJourneyStepInOrder() {
        JsonNode funnel = dashboard.panel("Journey funnel");

        List<String> steps = GrafanaDashboard.expressions(funnel).stream()
                .map(expression -> expression.replaceAll(".*event_type=\"([A-Za-z]+)\".*", "$1")).toList();
        assertThat(steps).isEqualTo(JOURNEY);
        assertThat(GrafanaDashboard.expressions(funnel))
                .allSatisfy(expression -> assertThat(expression).contains("clinicflow_events_published_total"));
    }

    @Test
    void showsLatencyLagDeadLettersAndOutboxBacklog() {
        assertThat(dashboard.metricNames()).contains("clinicflow_events_published_total",
                "http_server_requests_seconds_bucket", "spring_kafka_listener_seconds_bucket",
                "kafka_consumer_fetch_manager_records_lag_max", "clinicflow_dead_letters_total", "clinicflow_outbox_backlog");
    }

    @Test
    void everyPanelQueriesTheProvisionedPrometheus() {
        Map<String, Object> datasource = ComposeFile.map(ComposeFile.list(
                Checkout.yaml("deploy/grafana/provisioning/datasources/prometheus.yml").get("datasources")).getFirst());

        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        assertThat(dashboard.panels()).isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.path("datasource").path("uid").asString()).isEqualTo(datasource.get("uid"));
            assertThat(GrafanaDashboard.expressions(panel)).isNotEmpty().doesNotContain("");
        });
    }

    @Test
    void grafanaLoadsTheDashboardFromItsMountedFolder() {
        Map<String, Object> provider = ComposeFile.map(ComposeFile.list(
                Checkout.yaml("deploy/grafana/provisioning/dashboards/clinicflow.yml").get("providers")).getFirst());
        String folder = ComposeFile.map(provider.get("options")).get("path").toString();

        assertThat(ComposeFile.list(new ComposeFile().service("grafana").get("volumes")))
                .contains("./deploy/grafana/dashboards:" + folder + ":ro");
        assertThat(Checkout.file(GrafanaDashboard.PATH)).exists();
    }
}
