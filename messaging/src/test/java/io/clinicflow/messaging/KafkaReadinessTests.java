package io.clinicflow.messaging;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaReadinessTests {

    private final AtomicLong nanoTime = new AtomicLong();

    @Test
    void isDownWithinItsTimeoutWhenNoBrokerAnswers() throws Exception {
        try (KafkaReadiness readiness = new KafkaReadiness(unreachableBroker(), Duration.ofMillis(500),
                Duration.ofSeconds(5), nanoTime::get)) {
            long started = System.nanoTime();

            Health health = readiness.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void asksTheBrokerAgainOnlyAfterTheCacheInterval() throws Exception {
        try (KafkaReadiness readiness = new KafkaReadiness(unreachableBroker(), Duration.ofMillis(200),
                Duration.ofSeconds(5), nanoTime::get)) {
            Health first = readiness.health();
            nanoTime.addAndGet(Duration.ofSeconds(4).toNanos());
            Health cached = readiness.health();
            nanoTime.addAndGet(Duration.ofSeconds(1).toNanos());
            Health fresh = readiness.health();

            assertThat(cached).isSameAs(first);
            assertThat(fresh).isNotSameAs(first);
        }
    }

    /** A port nobody listens on: connections are refused at once. */
    private static Map<String, Object> unreachableBroker() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port);
    }
}
