package io.clinicflow.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlTests {

    @Test
    void readsTheSeriesOfAHistogramQuantile() {
        assertThat(PromQl.metricNames("histogram_quantile(0.95, sum by (le, service) "
                + "(rate(http_server_requests_seconds_bucket{uri!~\"/actuator.*\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
    }

    @Test
    void ignoresLabelsValuesAndVariables() {
        assertThat(PromQl.metricNames("sum(increase(clinicflow_events_published_total{event_type=\"SessionBooked\", "
                + "location_id=~\"$location\"}[$__range])) / max by (service) (clinicflow_outbox_backlog)"))
                .containsExactlyInAnyOrder("clinicflow_events_published_total", "clinicflow_outbox_backlog");
    }

    @Test
    void readsTheSeriesOfALabelValuesVariable() {
        assertThat(PromQl.variableMetricNames("label_values(clinicflow_events_published_total, location_id)"))
                .containsExactly("clinicflow_events_published_total");
    }
}
