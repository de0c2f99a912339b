package io.clinicflow.dashboard.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

/** Where each service answers ({@code clinicflow.dashboard.services.<name>}): the page asks them about their outbox. */
@ConfigurationProperties("clinicflow.dashboard")
public record ServiceAddresses(Map<String, URI> services) {

    public ServiceAddresses {
        services = services == null ? Map.of() : new TreeMap<>(services);
    }
}
