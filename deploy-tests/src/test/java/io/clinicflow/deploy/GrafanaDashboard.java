package io.clinicflow.deploy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/** deploy/grafana/dashboards/clinicflow.json, the dashboard Grafana provisions. */
record GrafanaDashboard(JsonNode json) {

    static final String PATH = "deploy/grafana/dashboards/clinicflow.json";

    static GrafanaDashboard load() {
        return new GrafanaDashboard(JsonMapper.builder().build().readTree(Checkout.text(PATH)));
    }

    List<JsonNode> panels() {
        return StreamSupport.stream(json.path("panels").spliterator(), false).toList();
    }

    JsonNode panel(String title) {
        return panels().stream().filter(panel -> panel.path("title").asString().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(PATH + " has no panel " + title));
    }

    static List<String> expressions(JsonNode panel) {
        return StreamSupport.stream(panel.path("targets").spliterator(), false)
                .map(target -> target.path("expr").asString()).toList();
    }

    /** Every series name the panels' queries and the variables' queries select. */
    Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        panels().forEach(panel -> expressions(panel).forEach(expression -> names.addAll(PromQl.metricNames(expression))));
        json.path("templating").path("list").forEach(variable ->
                names.addAll(PromQl.variableMetricNames(variable.path("query").path("query").asString())));
        return names;
    }
}
