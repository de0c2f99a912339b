package io.clinicflow.booking;

import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each caller's changes are limited (ADR 0041): booking-service started as in production, the limit on, with a
 * burst of 3 changes and 1 a minute after, so that the fourth change of a caller is refused for about a minute.
 */
class RateLimitIntegrationTests {

    private static final int BURST = 3;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();

    @Test
    void refusesACallersChangesPastItsBurstWith429AndWhenToRetryButNotItsReadsNorAnotherCaller() throws Exception {
        try (ConfigurableApplicationContext booking = bookingService(true)) {
            String ada = token("ada@soho");
            int port = port(booking);

            assertThat(IntStream.range(0, BURST).map(i -> openLocation(port, ada).statusCode()))
                    .containsOnly(201);
            HttpResponse<String> refused = openLocation(port, ada);

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(1L, 60L);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.path("status").asInt()).isEqualTo(429);
            assertThat(problem.path("title").asString()).isEqualTo("Too Many Requests");
            assertThat(problem.path("detail").asString())
                    .startsWith("You sent more changes than one person sends in a short time; try again in ");
            assertThat(send(port, ada, HttpRequest.newBuilder().GET(), "/api/v1/locations").statusCode())
                    .as("reads are not counted").isEqualTo(200);
            assertThat(openLocation(port, token("grace@soho")).statusCode())
                    .as("another caller has a quota of its own").isEqualTo(201);
        }
    }

    @Test
    void refusesNothingWhenTheLimitIsOff() throws Exception {
        try (ConfigurableApplicationContext booking = bookingService(false)) {
            String ada = token("ada@soho");
            int port = port(booking);

            assertThat(IntStream.range(0, BURST * 3).map(i -> openLocation(port, ada).statusCode()))
                    .containsOnly(201);
        }
    }

    /** Another booking-service on the shared infrastructure, with the limit on or off. */
    private ConfigurableApplicationContext bookingService(boolean limited) {
        return BookingServiceApplication.app().registerShutdownHook(false).initializers(context -> {
            Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties("booking"));
            properties.put("server.port", 0);
            properties.put(ClinicInfrastructure.RATE_LIMIT_ENABLED, limited);
            properties.put("clinicflow.rate-limit.burst", BURST);
            properties.put("clinicflow.rate-limit.per-minute", 1);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("rate-limit-test", properties));
            context.getBeanFactory().registerSingleton("businessClock", infrastructure.clock());
        }).run();
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    private static String token(String subject) {
        return TokenIssuer.ofThisJvm().mint(StaffToken.chainWide().subject(subject));
    }

    private static HttpResponse<String> openLocation(int port, String token) {
        String location = JSON.writeValueAsString(Map.of("name", "Soho " + UUID.randomUUID(), "timeZone", "Europe/London",
                "openingHours", Map.of("MONDAY", List.of(Map.of("opens", "08:00", "closes", "20:00")))));
        return send(port, token, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(location))
                .header("Content-Type", "application/json"), "/api/v1/locations");
    }

    private static HttpResponse<String> send(int port, String token, HttpRequest.Builder request, String path) {
        try {
            return HTTP.send(request.uri(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
