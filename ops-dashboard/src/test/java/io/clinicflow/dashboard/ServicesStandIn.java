package io.clinicflow.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Plays the three services' side of the parked-events panel (ADR 0038) on one local HTTP server, each service under
 * {@code /<service>}: its parked list, its release and its pipeline health, answered as the services answer them
 * ({@code ParkedEventsController}, the health group). Without a bearer token it answers 401, as they do; it
 * remembers every token it was sent, so tests see whose token the dashboard passed on.
 */
public final class ServicesStandIn {

    public static final List<String> SERVICES = List.of("booking-service", "session-service", "aftercare-service");
    private static final String PARKED = "/api/v1/admin/outbox/parked";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ServicesStandIn shared;

    private final HttpServer server;
    private final Map<String, Map<UUID, Map<String, Object>>> parked = new ConcurrentHashMap<>();
    private final Map<String, String> pipelines = new ConcurrentHashMap<>();
    private final Set<String> silent = ConcurrentHashMap.newKeySet();
    private final List<String> tokensSeen = new CopyOnWriteArrayList<>();

    private ServicesStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static synchronized ServicesStandIn shared() {
        if (shared == null) {
            try {
                shared = new ServicesStandIn();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public String address(String service) {
        return "http://localhost:" + server.getAddress().getPort() + "/" + service;
    }

    /** The service parks an event, as its relay would: returns the event id. */
    public UUID park(String service, String eventType, String clientId, String reason) {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("eventId", eventId);
        row.put("topic", "clinic." + service.replace("-service", "") + ".events.v1");
        row.put("key", clientId);
        row.put("eventType", eventType);
        row.put("bytes", 300 * 1024);
        row.put("parkedAt", Instant.now().toString());
        row.put("reason", reason);
        parked.computeIfAbsent(service, s -> new ConcurrentHashMap<>()).put(eventId, row);
        return eventId;
    }

    public boolean isParked(String service, UUID eventId) {
        return parked.getOrDefault(service, Map.of()).containsKey(eventId);
    }

    /** The status the service's pipeline health group answers with (UP unless told otherwise). */
    public void pipelineIs(String service, String status) {
        pipelines.put(service, status);
    }

    /** The service answers 503 to everything, as one that is starting or overwhelmed would. */
    public void silence(String service, boolean silenced) {
        if (silenced) {
            silent.add(service);
        } else {
            silent.remove(service);
        }
    }

    public List<String> tokensSeen() {
        return List.copyOf(tokensSeen);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/", 3);
            String service = parts[1];
            String path = "/" + (parts.length > 2 ? parts[2] : "");
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            if (silent.contains(service)) {
                respond(exchange, 503, null);
            } else if (path.equals("/actuator/health/pipeline")) {
                String status = pipelines.getOrDefault(service, "UP");
                respond(exchange, status.equals("UP") ? 200 : 503, Map.of("status", status, "components",
                        Map.of("outbox", Map.of("status", status), "consumers", Map.of("status", "UP"))));
            } else if (bearer == null || !bearer.startsWith("Bearer ")) {
                respond(exchange, 401, null);
            } else {
                tokensSeen.add(bearer.substring("Bearer ".length()));
                answerParked(exchange, service, path);
            }
        }
    }

    private void answerParked(HttpExchange exchange, String service, String path) throws IOException {
        Map<UUID, Map<String, Object>> ofService = parked.computeIfAbsent(service, s -> new ConcurrentHashMap<>());
        if (exchange.getRequestMethod().equals("GET") && path.equals(PARKED)) {
            respond(exchange, 200, List.copyOf(ofService.values()));
        } else if (exchange.getRequestMethod().equals("POST") && path.matches(PARKED + "/[0-9a-f-]{36}/release")) {
            UUID eventId = UUID.fromString(path.substring(PARKED.length() + 1, PARKED.length() + 37));
            respond(exchange, ofService.remove(eventId) != null ? 204 : 404, null);
        } else {
            respond(exchange, 404, null);
        }
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Points the dashboard's test context at the stand-in: {@code clinicflow.dashboard.services.<service>}. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> addresses = new LinkedHashMap<>();
            SERVICES.forEach(service -> addresses.put("clinicflow.dashboard.services." + service,
                    shared().address(service)));
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("services-stand-in", addresses));
        }
    }
}
