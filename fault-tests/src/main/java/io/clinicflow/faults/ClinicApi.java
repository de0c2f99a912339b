package io.clinicflow.faults;

import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TokenIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Every HTTP call of the suite goes through here, to one service. A refused or broken connection is an
 * {@link IOException}: the caller decides whether to retry. Every request carries a chain-wide staff token of the
 * issuer the services trust.
 */
final class ClinicApi {

    /** The HTTP status and the JSON body (a missing node when there is none). */
    record Response(int status, JsonNode body) {
        String text(String field) {
            return body.path(field).asString();
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(45);
    private static final String BEARER = "Bearer " + TokenIssuer.ofThisJvm().mint(StaffToken.chainWide());

    private final String baseUrl;

    ClinicApi(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    Response get(String path) throws IOException {
        return send(request(path).GET().build());
    }

    Response post(String path, Object body) throws IOException {
        return post(path, body, Map.of());
    }

    Response post(String path, Object body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json").header("Authorization", BEARER);
    }

    private static Response send(HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            return new Response(response.statusCode(), bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while calling " + request.uri(), e);
        } catch (RuntimeException unreadable) {
            throw new IOException("Unreadable answer from " + request.uri(), unreadable);
        }
    }
}
