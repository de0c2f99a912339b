package io.clinicflow.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.clinicflow.messaging.BusinessClock;
import io.clinicflow.ratelimit.TooManyRequests;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The local stack's control API (port 8090): read and jump business time for all three services at once, list
 * the mail the SMTP server received, and issue staff tokens signed with the stack's own key pair (ADR 0026), whose
 * public half is at {@code /.well-known/jwks.json}. Local development only: nothing here runs in production.
 */
final class ControlApi implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final BusinessClock clock;
    private final GreenMail mail;
    private final TokenDesk tokens;
    private final TokenQuota tokenQuota;

    private ControlApi(HttpServer server, BusinessClock clock, GreenMail mail, TokenDesk tokens, TokenQuota tokenQuota) {
        this.server = server;
        this.clock = clock;
        this.mail = mail;
        this.tokens = tokens;
        this.tokenQuota = tokenQuota;
    }

    static ControlApi start(int port, BusinessClock clock, GreenMail mail, TokenDesk tokens, TokenQuota tokenQuota) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            ControlApi api = new ControlApi(server, clock, mail, tokens, tokenQuota);
            server.createContext("/api/v1/clock", api::clock);
            server.createContext("/api/v1/mail", api::mail);
            server.createContext("/api/v1/tokens", api::token);
            server.createContext("/.well-known/jwks.json", exchange -> respond(exchange, 200, tokens.jwks()));
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException("Control API cannot listen on port " + port, e);
        }
    }

    private void clock(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/v1/clock") && exchange.getRequestMethod().equals("GET")) {
            respond(exchange, 200, Map.of("now", clock.instant().toString()));
        } else if (path.equals("/api/v1/clock/advance") && exchange.getRequestMethod().equals("POST")) {
            advance(exchange);
        } else {
            respond(exchange, 404, problem(404, "No such control operation: " + exchange.getRequestMethod() + " " + path));
        }
    }

    private void advance(HttpExchange exchange) throws IOException {
        try {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            Duration duration = Duration.parse(body.path("duration").asString());
            respond(exchange, 200, Map.of("now", clock.advance(duration).toString()));
        } catch (DateTimeParseException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
            respond(exchange, 400, problem(400, "Expected {\"duration\":\"P7D\"} with a forward java.time.Duration"));
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 405, problem(405, "POST a user or the roles and locations of a token"));
            return;
        }
        Duration retryIn = tokenQuota.take(exchange.getRemoteAddress());
        if (!retryIn.isZero()) {
            TooManyRequests answer = new TooManyRequests(retryIn);
            exchange.getResponseHeaders().add("Retry-After", Long.toString(answer.retryAfterSeconds()));
            respond(exchange, TooManyRequests.STATUS, Map.of("title", TooManyRequests.TITLE,
                    "status", TooManyRequests.STATUS, "detail", answer.detail("token requests")));
            return;
        }
        try {
            respond(exchange, 200, tokens.issue(JSON.readTree(exchange.getRequestBody().readAllBytes())));
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            respond(exchange, 400, problem(400, e.getMessage()));
        }
    }

    private void mail(HttpExchange exchange) throws IOException {
        List<Map<String, Object>> messages = Arrays.stream(mail.getReceivedMessages()).map(ControlApi::summary).toList();
        respond(exchange, 200, Map.of("messages", messages));
    }

    private static Map<String, Object> summary(MimeMessage message) {
        try {
            return Map.of("to", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList(),
                    "subject", message.getSubject(), "messageId", String.valueOf(message.getMessageID()));
        } catch (MessagingException e) {
            return Map.of("error", e.getMessage());
        }
    }

    private static Map<String, Object> problem(int status, String detail) {
        return Map.of("status", status, "detail", detail);
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", status < 400 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
