package io.clinicflow.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's Spring configuration as its container runs it: {@code <service>.yml} with {@code <service>-docker.yml}
 * (the docker profile) on top, flattened to dotted keys.
 */
final class ServiceConfig {

    final String service;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    ServiceConfig(String service) {
        this.service = service;
        flatten("", Checkout.yaml(resources() + service + ".yml"));
        flatten("", Checkout.yaml(resources() + service + "-docker.yml"));
    }

    String get(String key) {
        Object value = properties.get(key);
        return value == null ? null : value.toString();
    }

    int port() {
        return Integer.parseInt(get("server.port"));
    }

    /** The database name at the end of the JDBC URL. */
    String database() {
        String url = get("spring.datasource.url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String resources() {
        return service + "/src/main/resources/";
    }

    private void flatten(String prefix, Map<String, Object> node) {
        node.forEach((key, value) -> {
            String path = prefix + key;
            if (value instanceof Map<?, ?> child) {
                flatten(path + ".", ComposeFile.map(child));
            } else {
                properties.put(path, value);
            }
        });
    }
}
