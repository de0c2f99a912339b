package io.clinicflow.testkit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Talks JSON to one service and hands back status and body, whatever the status: tests assert on both. It sends a
 * chain-wide token with every role unless told otherwise ({@link #as(StaffToken)}, {@link #withoutToken()}).
 */
public final class ApiClient {

    /** A response: the HTTP status and the JSON body (a missing node when there is none). */
    public record Response(int status, JsonNode body) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final Supplier<String> token;
    private final RestClient http;

    public ApiClient(String baseUrl) {
        this(baseUrl, new RenewedToken(TokenIssuer.ofThisJvm(), StaffToken.chainWide()));
    }

    private ApiClient(String baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.http = RestClient.builder().baseUrl(baseUrl).requestInitializer(request -> {
            String bearer = token.get();
            if (bearer != null) {
                request.getHeaders().setBearerAuth(bearer);
            }
        }).build();
    }

    public static ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port);
    }

    /** The same service, called with this token signed by this JVM's issuer. */
    public ApiClient as(StaffToken staff) {
        return as(TokenIssuer.ofThisJvm().mint(staff));
    }

    /** The same service, called with this raw bearer token (expired, wrongly signed...). */
    public ApiClient as(String bearerToken) {
        return new ApiClient(baseUrl, () -> bearerToken);
    }

    /** The same service, called with no Authorization header at all. */
    public ApiClient withoutToken() {
        return new ApiClient(baseUrl, () -> null);
    }

    /** Mints a fresh token shortly before the last one expires, so that a long-running demo keeps working. */
    private static final class RenewedToken implements Supplier<String> {
        private final TokenIssuer issuer;
        private final StaffToken staff;
        private String current;
        private Instant renewAt = Instant.MIN;

        RenewedToken(TokenIssuer issuer, StaffToken staff) {
            this.issuer = issuer;
            this.staff = staff;
        }

        @Override
        public synchronized String get() {
            Instant now = Clock.systemUTC().instant();
            if (now.isAfter(renewAt)) {
                current = issuer.mint(staff);
                renewAt = now.plus(staff.lifetime().dividedBy(2));
            }
            return current;
        }
    }

    public Response get(String path) {
        return exchange(http.get().uri(path));
    }

    public Response get(String path, Map<String, String> headers) {
        RestClient.RequestHeadersSpec<?> request = http.get().uri(path);
        headers.forEach(request::header);
        return exchange(request);
    }

    /** A plain-text resource, such as {@code /actuator/prometheus}. */
    public String getText(String path) {
        return http.get().uri(path).retrieve().body(String.class);
    }

    public Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        headers.forEach(request::header);
        return exchange(body instanceof String raw ? request.body(raw) : request.body(JSON.writeValueAsString(body)));
    }

    private static Response exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .exchange((req, response) -> {
                    byte[] bytes = response.getBody().readAllBytes();
                    JsonNode body = bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
                    return new Response(response.getStatusCode().value(), body);
                });
    }
}
