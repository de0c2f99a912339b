package io.clinicflow.testkit;

import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's "no internals in answers", as a battery every service runs against itself: for each POST, PUT and DELETE
 * operation of its OpenAPI document, {@link HostileBodies}, a list where the body's object belongs, JSON that is none
 * or is nested thousands deep, a wrong content type, a body over the size limit with and without a Content-Length, a
 * malformed UUID in the path and a GET where the path takes none; for each list, pages out of bounds and a missing
 * required parameter. Each answer must be the expected 4xx as a problem detail carrying its status, naming no Java
 * type, class, exception, stack frame or SQL.
 */
public final class HostileRequests {

    /** A request the operation ({@code POST /api/v1/clients/{id}/...}, as the document names it) accepts. */
    public record Sample(String operation, String path, Object body, Map<String, String> headers) {
        public Sample {
            headers = Map.copyOf(headers);
        }
    }

    /** One hostile request, the status it must get and the field its answer must name (or null). */
    private record Attack(String name, int status, HttpRequest request, String field) {
        Attack(String name, int status, HttpRequest request) {
            this(name, status, request, null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> INTERNALS = List.of("java.", "jakarta.", "tools.jackson", "com.fasterxml",
            "io.clinicflow.", "Exception", "SQL", "select ", "insert ");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$]+(\\.[\\w$<>]+)+\\(");
    private static final Pattern UUID_SEGMENT = Pattern.compile("/\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");
    private static final int OVER_THE_LIMIT = 1024 * 1024;
    private static final int NESTING = 5000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI service;
    private final String token = TokenIssuer.ofThisJvm().mint(StaffToken.chainWide());
    private final JsonNode paths;

    private HostileRequests(int port) {
        this.service = URI.create("http://localhost:" + port);
        this.paths = document().path("paths");
    }

    public static Sample sample(String operation, String path, Object body) {
        return new Sample(operation, path, body, Map.of());
    }

    public static Sample sample(String operation, String path, Object body, Map<String, String> headers) {
        return new Sample(operation, path, body, headers);
    }

    /** First that every write operation of the document has a sample, then every attack as a test of its own. */
    public static Stream<DynamicTest> against(int port, List<Sample> samples) {
        HostileRequests hostile = new HostileRequests(port);
        Stream<DynamicTest> coverage = Stream.of(DynamicTest.dynamicTest("every write operation has a sample",
                () -> assertThat(samples.stream().map(Sample::operation)).containsAll(hostile.writeOperations())));
        Stream<Attack> attacks = Stream.concat(samples.stream().flatMap(hostile::attacks), hostile.badPages());
        return Stream.concat(coverage, attacks.map(attack ->
                DynamicTest.dynamicTest(attack.name() + " → " + attack.status(), () -> hostile.check(attack))));
    }

    private JsonNode document() {
        try {
            return JSON.readTree(http.send(HttpRequest.newBuilder(service.resolve("/v3/api-docs")).build(),
                    BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException("No OpenAPI document at " + service, e);
        }
    }

    /** The operations that take a body or an id in their path: the ones a malformed request can reach. */
    private Set<String> writeOperations() {
        Set<String> operations = new TreeSet<>();
        paths.properties().forEach(path -> Stream.of("post", "put", "delete").forEach(method -> {
            JsonNode operation = path.getValue().path(method);
            boolean takesAnId = operation.path("parameters").valueStream()
                    .anyMatch(parameter -> parameter.path("schema").path("format").asString().equals("uuid"));
            if (operation.has("requestBody") || takesAnId) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    private Stream<Attack> attacks(Sample sample) {
        String method = sample.operation().substring(0, sample.operation().indexOf(' '));
        List<Attack> attacks = new ArrayList<>();
        String valid = sample.body() == null ? "" : JSON.writeValueAsString(sample.body());
        if (!paths.path(sample.operation().substring(method.length() + 1)).has("get")) {
            attacks.add(new Attack(sample.operation() + ": GET where only " + method + " is", 405,
                    request(sample, "GET", sample.path(), BodyPublishers.noBody()).build()));
        }
        if (UUID_SEGMENT.matcher(sample.path()).find()) {
            attacks.add(new Attack(sample.operation() + ": malformed UUID in the path", 400, json(sample, method,
                    UUID_SEGMENT.matcher(sample.path()).replaceFirst("/not-a-uuid"), BodyPublishers.ofString(valid))));
        }
        String padding = "{\"padding\":\"" + "x".repeat(OVER_THE_LIMIT) + "\"}";
        attacks.add(new Attack(sample.operation() + ": a body over the limit", 413,
                json(sample, method, sample.path(), BodyPublishers.ofString(padding))));
        attacks.add(new Attack(sample.operation() + ": a chunked body over the limit", 413, json(sample, method,
                sample.path(), BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes(padding))))));
        if (sample.body() != null) {
            attacks.addAll(brokenBodies(sample, method, valid));
        }
        return attacks.stream();
    }

    private List<Attack> brokenBodies(Sample sample, String method, String valid) {
        List<Attack> attacks = new ArrayList<>();
        Stream.of(Map.entry("a list where the object belongs", "[]"), Map.entry("not JSON", "{\"broken\": "),
                        Map.entry("JSON nested " + NESTING + " deep",
                                "{\"x\":".repeat(NESTING) + "1" + "}".repeat(NESTING)))
                .forEach(bad -> attacks.add(new Attack(sample.operation() + ": " + bad.getKey(), 400,
                        json(sample, method, sample.path(), BodyPublishers.ofString(bad.getValue())))));
        attacks.add(new Attack(sample.operation() + ": a text/plain body", 415, request(sample, method,
                sample.path(), BodyPublishers.ofString(valid)).header("Content-Type", "text/plain").build()));
        HostileBodies.of(JSON.readTree(valid)).forEach(broken -> attacks.add(new Attack(
                sample.operation() + ": " + broken.what(), 400,
                json(sample, method, sample.path(), BodyPublishers.ofString(broken.json())), broken.field())));
        return attacks;
    }

    /** Every list's limit above its maximum, below one, not a number, a negative offset, no required parameter. */
    private Stream<Attack> badPages() {
        return paths.properties().stream().flatMap(path -> {
            JsonNode list = path.getValue().path("get");
            return list.path("parameters").valueStream().filter(parameter -> parameter.path("name").asString()
                    .equals("limit")).findFirst().stream().flatMap(limit -> {
                String ids = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                String required = requiredQuery(list);
                int above = limit.path("schema").path("maximum").asInt() + 1;
                return Stream.of(Map.entry("limit above the maximum", required + "limit=" + above),
                                Map.entry("limit below one", required + "limit=0"),
                                Map.entry("limit not a number", required + "limit=many"),
                                Map.entry("negative offset", required + "offset=-1"),
                                Map.entry("without its required parameters", required.isEmpty() ? "" : "limit=1"))
                        .filter(bad -> !bad.getValue().isEmpty())
                        .map(bad -> new Attack("GET " + path.getKey() + ": " + bad.getKey(), 400,
                                request(Map.of(), "GET", ids + "?" + bad.getValue(), BodyPublishers.noBody()).build()));
            });
        });
    }

    /** The list's required query parameters, with values of their format: only the page is wrong. */
    private static String requiredQuery(JsonNode operation) {
        StringBuilder query = new StringBuilder();
        operation.path("parameters").valueStream()
                .filter(parameter -> parameter.path("in").asString().equals("query")
                        && parameter.path("required").asBoolean())
                .forEach(parameter -> query.append(parameter.path("name").asString()).append('=')
                        .append(parameter.path("schema").path("format").asString().equals("date")
                                ? "2026-06-01" : UUID.randomUUID().toString()).append('&'));
        return query.toString();
    }

    private HttpRequest json(Sample sample, String method, String path, BodyPublisher body) {
        return request(sample, method, path, body).header("Content-Type", "application/json").build();
    }

    private HttpRequest.Builder request(Sample sample, String method, String path, BodyPublisher body) {
        return request(sample.headers(), method, path, body);
    }

    private HttpRequest.Builder request(Map<String, String> headers, String method, String path, BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve(path)).method(method, body)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return request;
    }

    private void check(Attack attack) throws Exception {
        HttpResponse<String> response = http.send(attack.request(), BodyHandlers.ofString());
        assertPlainProblem(attack.name(), attack.status(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
        if (attack.field() != null) {
            assertThat(response.body()).as("%s names the field", attack.name())
                    .contains("\"field\":\"" + attack.field() + "\"");
        }
    }

    /** The answer is the expected status as a problem detail that carries it and shows none of the service's insides. */
    static void assertPlainProblem(String name, int expected, int status, String contentType, String body) {
        assertThat(status).as("%s answered %s", name, body).isEqualTo(expected);
        assertThat(contentType).as("%s answered %s", name, body).startsWith("application/problem+json");
        assertThat(JSON.readTree(body).path("status").asInt()).as("status in %s", body).isEqualTo(expected);
        assertThat(INTERNALS).as("internals in %s", body).noneMatch(body::contains);
        assertThat(STACK_FRAME.matcher(body).find()).as("a stack frame in %s", body).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
