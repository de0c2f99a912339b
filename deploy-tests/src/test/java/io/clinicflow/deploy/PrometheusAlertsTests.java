package io.clinicflow.deploy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus alerts when events stop flowing (issue 23, ADR 0038); DashboardMetricsTests checks that the series they
 * query are exported.
 */
class PrometheusAlertsTests {

    private final PrometheusAlerts alerts = PrometheusAlerts.load();

    @Test
    void alertsOnThePipelineHealthGroupAndOnParkedEvents() {
        assertThat(alerts.rule("ClinicFlowPipelineDown")).containsEntry("expr", "clinicflow_health_pipeline == 0");
        assertThat(alerts.rule("ClinicFlowOutboxParked")).containsEntry("expr", "clinicflow_outbox_parked > 0");
    }

    @Test
    void everyRuleSaysHowBadItIsAndWhatHappened() {
        assertThat(alerts.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(ComposeFile.map(rule.get("labels"))).containsKey("severity");
            assertThat(ComposeFile.map(rule.get("annotations"))).containsKeys("summary", "description");
        });
    }

    @Test
    void prometheusLoadsTheRulesFromWhereComposeMountsThem() {
        Map<String, Object> prometheus = Checkout.yaml("deploy/prometheus/prometheus.yml");
        String mounted = ComposeFile.list(new ComposeFile().service("prometheus").get("volumes")).stream()
                .map(String::valueOf).filter(volume -> volume.startsWith("./" + PrometheusAlerts.PATH + ":"))
                .map(volume -> volume.split(":")[1]).findFirst().orElseThrow();

        assertThat(ComposeFile.list(prometheus.get("rule_files"))).containsExactly(mounted);
    }
}
