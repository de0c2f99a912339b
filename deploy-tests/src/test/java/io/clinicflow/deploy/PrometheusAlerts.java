package io.clinicflow.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** deploy/prometheus/alerts.yml, the alerting rules Prometheus loads (ADR 0038). */
record PrometheusAlerts(List<Map<String, Object>> rules) {

    static final String PATH = "deploy/prometheus/alerts.yml";

    static PrometheusAlerts load() {
        return new PrometheusAlerts(ComposeFile.list(Checkout.yaml(PATH).get("groups")).stream()
                .flatMap(group -> ComposeFile.list(ComposeFile.map(group).get("rules")).stream())
                .map(ComposeFile::map).toList());
    }

    Map<String, Object> rule(String alert) {
        return rules.stream().filter(rule -> alert.equals(rule.get("alert"))).findFirst()
                .orElseThrow(() -> new AssertionError(PATH + " has no alert " + alert));
    }

    /** Every series name the rules' expressions select. */
    Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        rules.forEach(rule -> names.addAll(PromQl.metricNames(String.valueOf(rule.get("expr")))));
        return names;
    }
}
