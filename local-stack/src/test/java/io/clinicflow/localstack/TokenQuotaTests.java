package io.clinicflow.localstack;

import com.icegreen.greenmail.util.GreenMail;
import io.clinicflow.messaging.BusinessClock;
import io.clinicflow.ratelimit.RateLimit;
import io.clinicflow.testkit.TokenIssuer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control API's token endpoint limits each address (ADR 0041): a control API of its own on a free port, with a
 * burst of 2 tokens and 1 a minute after, so that the third request of this test's address is refused.
 */
class TokenQuotaTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void refusesAnAddressPastItsBurstWith429AndWhenToRetry() throws Exception {
        try (ControlApi api = controlApi(new RateLimit(true, 1, 2))) {
            assertThat(IntStream.range(0, 2).map(i -> askForToken(api).statusCode())).containsOnly(200);

            HttpResponse<String> refused = askForToken(api);

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(1L, 60L);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
            assertThat(problem.path("status").asInt()).isEqualTo(429);
            assertThat(problem.path("detail").asString())
                    .startsWith("You sent more token requests than one person sends in a short time; try again in ");
            assertThat(get(api, "/.well-known/jwks.json").statusCode()).as("only tokens are counted").isEqualTo(200);
        }
    }

    @Test
    void refusesNothingWhenTheLimitIsOff() {
        try (ControlApi api = controlApi(new RateLimit(false, 1, 2))) {
            assertThat(IntStream.range(0, 6).map(i -> askForToken(api).statusCode())).containsOnly(200);
        }
    }

    private static ControlApi controlApi(RateLimit limit) {
        return ControlApi.start(0, BusinessClock.system(), new GreenMail(),
                new TokenDesk(TokenIssuer.ofThisJvm(), DemoUsers.of(Map.of())), TokenQuota.of(limit));
    }

    private static HttpResponse<String> askForToken(ControlApi api) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/v1/tokens"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"ops@chain\"}")));
    }

    private static HttpResponse<String> get(ControlApi api, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
