package io.clinicflow.aftercare;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP SMS gateway on a free local port, one per test JVM: records every request it is sent, and answers 503
 * to the numbers a test tells it to refuse (tests share it, so failures are per number, never global).
 */
public final class SmsGateway {

    /** A request as the gateway received it: the header and the JSON body. */
    public record Received(String idempotencyKeyHeader, String to, String text, String idempotencyKey) {
    }

    private static final SmsGateway SHARED = new SmsGateway();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> unavailableFor = ConcurrentHashMap.newKeySet();

    private SmsGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/messages", this::answer);
        server.start();
    }

    public static SmsGateway shared() {
        return SHARED;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/messages";
    }

    public List<Received> to(String phone) {
        return received.stream().filter(request -> request.to().equals(phone)).toList();
    }

    public void refuse(String phone) {
        unavailableFor.add(phone);
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode body = JsonMapper.shared().readTree(exchange.getRequestBody().readAllBytes());
        Received request = new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                body.path("to").asString(), body.path("text").asString(), body.path("idempotencyKey").asString());
        received.add(request);
        exchange.sendResponseHeaders(unavailableFor.contains(request.to()) ? 503 : 202, -1);
        exchange.close();
    }

    /** Points the service under test at this gateway. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        DynamicPropertyRegistrar smsGatewayUrl() {
            return registry -> registry.add("clinicflow.sms.gateway-url", () -> shared().url());
        }
    }
}
