package io.clinicflow.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** docker-compose.yml as SnakeYAML reads it (anchors and merge keys resolved), with typed access to what tests check. */
final class ComposeFile {

    static final String PATH = "docker-compose.yml";
    /** The services with a database (and, for aftercare, mail): they need PostgreSQL and its credentials. */
    static final List<String> CLINICFLOW_SERVICES = List.of("booking-service", "session-service", "aftercare-service");
    /** Reads Kafka only (ADR 0016): no database, no mail, no secrets. */
    static final String OPS_DASHBOARD = "ops-dashboard";
    /** Every image built from this repository: the services and the ops dashboard. */
    static final List<String> CLINICFLOW_APPLICATIONS = List.of(
            "booking-service", "session-service", "aftercare-service", OPS_DASHBOARD);

    private final Map<String, Object> model = Checkout.yaml(PATH);

    Set<String> serviceNames() {
        return services().keySet();
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = map(services().get(name));
        if (service == null) {
            throw new AssertionError(PATH + " has no service " + name);
        }
        return service;
    }

    /** Container ports a service publishes: the last part of "host-ip:host:container" or "host:container". */
    List<Integer> containerPorts(String name) {
        List<Object> ports = list(service(name).get("ports"));
        return ports.stream().map(port -> {
            String[] parts = port.toString().split(":");
            return Integer.parseInt(parts[parts.length - 1]);
        }).toList();
    }

    /** A setting of the kafka service's environment, null if absent. */
    String kafkaSetting(String name) {
        Object value = environment("kafka").get(name);
        return value == null ? null : value.toString();
    }

    /** A service's environment variables, empty if it has none. */
    Map<String, Object> environment(String name) {
        Map<String, Object> environment = map(service(name).get("environment"));
        return environment == null ? Map.of() : environment;
    }

    /** The build context directory of a service, relative to the repository root. */
    String buildContext(String name) {
        Object build = service(name).get("build");
        Object context = build instanceof Map<?, ?> spec ? spec.get("context") : build;
        return context == null ? null : context.toString().replaceFirst("^\\./", "");
    }

    Map<String, Object> services() {
        return map(model.get("services"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }
}
