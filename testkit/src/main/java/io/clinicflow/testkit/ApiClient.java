package io.clinicflow.testkit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** Talks JSON to one service and hands back status and body, whatever the status: tests assert on both. */
public final class ApiClient {

    /** A response: the HTTP status and the JSON body (a missing node when there is none). */
    public record Response(int status, JsonNode body) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    public ApiClient(String baseUrl) {
        this.http = RestClient.builder().baseUrl(baseUrl).build();
    }

    public static ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port);
    }

    public Response get(String path) {
        return exchange(http.get().uri(path));
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
