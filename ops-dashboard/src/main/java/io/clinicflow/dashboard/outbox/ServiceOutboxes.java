package io.clinicflow.dashboard.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The services' outboxes as operations see them (ADR 0038): each service's parked events and its pipeline health,
 * asked over HTTP when the page asks, with the viewer's own token; and a release, sent to the service that owns the
 * event. The dashboard holds no credentials and keeps nothing of it: the services decide who may see and release.
 */
@Component
@EnableConfigurationProperties(ServiceAddresses.class)
public class ServiceOutboxes {

    private static final Logger log = LoggerFactory.getLogger(ServiceOutboxes.class);
    private static final String PARKED = "/api/v1/admin/outbox/parked";
    /** A service that does not answer within this is shown as silent; the page asks again in a few seconds. */
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    /** A service's pipeline health group: its status, and which of its members are not UP. */
    private record Pipeline(String status, List<String> notUp) {
    }

    private static final Pipeline UNANSWERED = new Pipeline("UNKNOWN", List.of());

    private final Map<String, RestClient> services = new TreeMap<>();

    ServiceOutboxes(ServiceAddresses addresses) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(PATIENCE).build());
        requests.setReadTimeout(PATIENCE);
        addresses.services().forEach((name, address) -> services.put(name,
                RestClient.builder().baseUrl(address.toString()).requestFactory(requests).build()));
    }

    public List<ServiceOutbox> look(String viewerToken) {
        return services.entrySet().stream().map(service -> look(service.getKey(), service.getValue(), viewerToken))
                .toList();
    }

    /** The service's answer to the release: 204, 404 when it has no such parked event, 401 or 403 as it decides. */
    public HttpStatusCode release(String service, UUID eventId, String viewerToken) {
        RestClient owner = services.get(service);
        if (owner == null) {
            return HttpStatus.NOT_FOUND;
        }
        return owner.post().uri(PARKED + "/{eventId}/release", eventId).headers(h -> h.setBearerAuth(viewerToken))
                .exchange((request, response) -> response.getStatusCode());
    }

    private ServiceOutbox look(String name, RestClient service, String viewerToken) {
        Pipeline pipeline = pipeline(name, service);
        try {
            List<ParkedEvent> parked = service.get().uri(PARKED).headers(h -> h.setBearerAuth(viewerToken)).retrieve()
                    .body(new ParameterizedTypeReference<>() {
                    });
            return new ServiceOutbox(name, pipeline.status(), pipeline.notUp(), parked == null ? List.of() : parked,
                    true);
        } catch (RestClientException e) {
            log.warn("No parked events from {}: {}", name, e.toString());
            return ServiceOutbox.silent(name, pipeline.status(), pipeline.notUp());
        }
    }

    /** Only the statuses: the counts and ages in its details are the service's to show. */
    private static Pipeline pipeline(String name, RestClient service) {
        try {
            JsonNode health = service.get().uri("/actuator/health/pipeline")
                    .exchange((request, response) -> response.bodyTo(JsonNode.class));
            if (health == null) {
                return UNANSWERED;                                 // a 503 without a body: starting, or overwhelmed
            }
            List<String> notUp = health.path("components").properties().stream()
                    .filter(member -> !"UP".equals(member.getValue().path("status").asString()))
                    .map(Map.Entry::getKey).sorted().toList();
            return new Pipeline(health.path("status").asString("UNKNOWN"), notUp);
        } catch (RestClientException e) {
            log.warn("No pipeline health from {}: {}", name, e.toString());
            return UNANSWERED;
        }
    }
}
