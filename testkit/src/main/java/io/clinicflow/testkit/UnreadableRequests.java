package io.clinicflow.testkit;

import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Issue 23's requests that Tomcat refuses before Spring sees them: a request line or headers past Tomcat's room, and
 * encoded characters Tomcat takes for an attack in a path. Each must be answered as a problem detail carrying its
 * status, in plain words, as every other refusal is (ADR 0040). Sent with {@link HttpURLConnection}, which sends a
 * path as written: {@code java.net.http} refuses some of these addresses itself.
 */
public final class UnreadableRequests {

    /** Past the 64 KB Tomcat is given for the request line and headers (ADR 0059). */
    private static final String LONG = "x".repeat(70_000);

    /** One request Tomcat refuses: the path as sent, a header to add (or null), and the status it must get. */
    private record Refused(String name, String path, String header, int status) {
    }

    private UnreadableRequests() {
    }

    /** Every refusal as a test of its own, against a path of the service that takes an id ({@code {id}} in it). */
    public static Stream<DynamicTest> against(int port, String pathWithId) {
        return Stream.of(
                new Refused("a query of 70 000 characters", pathWithId.replace("{id}", "1") + "?note=" + LONG, null, 400),
                new Refused("a header of 70 000 characters", pathWithId.replace("{id}", "1"), LONG, 400),
                new Refused("a backslash (%5C) in the path", pathWithId.replace("{id}", "..%5C..%5Cwindows"), null, 400),
                new Refused("a slash (%2F) in an id", pathWithId.replace("{id}", "a%2Fb"), null, 400),
                new Refused("a NUL (%00) in an id", pathWithId.replace("{id}", "a%00b"), null, 400),
                new Refused("../ encoded (%2e%2e%2f) in an id", pathWithId.replace("{id}", "%2e%2e%2f"), null, 400),
                new Refused("overlong UTF-8 (%C0%AE) in an id", pathWithId.replace("{id}", "%C0%AE%C0%AE"), null, 400),
                new Refused("a semicolon in an id", pathWithId.replace("{id}", "a;b=c"), null, 400),
                new Refused("an encoded percent (%25) in an id", pathWithId.replace("{id}", "a%25b"), null, 400),
                new Refused("an empty segment (//) in the path", pathWithId.replace("{id}", "/a"), null, 400))
                .map(refused -> DynamicTest.dynamicTest(refused.name(), () -> check(port, refused)));
    }

    private static void check(int port, Refused refused) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + refused.path())
                .toURL().openConnection();
        try {
            connection.setRequestProperty("Accept", "application/json, application/problem+json");
            if (refused.header() != null) {
                connection.setRequestProperty("X-Note", refused.header());
            }
            int status = connection.getResponseCode();
            HostileRequests.assertPlainProblem(refused.name(), refused.status(), status,
                    connection.getContentType(), bodyOf(connection));
        } finally {
            connection.disconnect();
        }
    }

    private static String bodyOf(HttpURLConnection connection) {
        try (InputStream body = connection.getErrorStream() != null ? connection.getErrorStream()
                : connection.getInputStream()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
