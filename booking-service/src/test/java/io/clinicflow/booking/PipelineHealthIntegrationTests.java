package io.clinicflow.booking;

import io.clinicflow.avro.booking.FollowUpOfferExpired;
import io.clinicflow.kernel.Journey;
import io.clinicflow.messaging.Outbox;
import io.clinicflow.messaging.OutboxRelay;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health tells the truth (issue 23, ADR 0038): {@code /actuator/health/pipeline} is DOWN, naming how many events and
 * how old, while the outbox holds an event the relay has not sent for too long or one it parked, and UP again once
 * it is out or cleared; readiness stays out of it.
 */
@BookingServiceTest
class PipelineHealthIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    HealthEndpointGroups healthGroups;

    private ApiClient service() {
        return ApiClient.onPort(port);
    }

    @Test
    void anEventTheRelayHasNotSentForFiveMinutesTurnsTheOutboxDownUntilItIsOut() {
        relay.stop();                                              // a relay that no longer gets anything out
        try {
            UUID waiting = appendOfferExpired();
            jdbc.sql("update outbox_event set created_at = now() - interval '5 minutes' where event_id = :id")
                    .param("id", waiting).update();

            Response outboxHealth = service().get("/actuator/health/pipeline/outbox");

            assertThat(outboxHealth.status()).isEqualTo(503);
            assertThat(outboxHealth.text("status")).isEqualTo("DOWN");
            assertThat(outboxHealth.body().path("details").path("unpublished").asLong()).isPositive();
            assertThat(Duration.parse(outboxHealth.body().path("details").path("oldestUnpublishedAge").asString()))
                    .isBetween(Duration.ofMinutes(5), Duration.ofMinutes(6));
            assertThat(service().get("/actuator/health/readiness").status()).isEqualTo(200);
        } finally {
            relay.start();
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(service().get("/actuator/health/pipeline/outbox")
                .status()).isEqualTo(200));
    }

    @Test
    void aParkedEventTurnsTheOutboxDownNamingItUntilOpsClearIt() {
        UUID parked;
        relay.stop();
        try {
            parked = appendOfferExpired();
            jdbc.sql("update outbox_event set payload = :payload where event_id = :id")      // as no request can now
                    .param("payload", new byte[300 * 1024]).param("id", parked).update();
        } finally {
            relay.start();                                         // which parks it: more than an event may have
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            Response outboxHealth = service().get("/actuator/health/pipeline/outbox");
            assertThat(outboxHealth.status()).isEqualTo(503);
            assertThat(outboxHealth.body().path("details").path("parked").asLong()).isEqualTo(1);
            assertThat(outboxHealth.body().path("details").path("oldestParkedAge").asString()).startsWith("PT");
        });
        assertThat(service().get("/actuator/health/pipeline").text("status")).isEqualTo("DOWN");

        jdbc.sql("delete from outbox_event where event_id = :id").param("id", parked).update();   // ops' fix

        Response cleared = service().get("/actuator/health/pipeline/outbox");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().path("details").path("parked").asLong()).isZero();
    }

    @Test
    void pipelineWatchesThisServicesConsumerGroupsAndIsNoPartOfReadiness() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(service().get("/actuator/health/pipeline/consumers")
                .body().path("details").path("groups").valueStream().map(group -> group.asString()))
                .contains("booking-on-session-events", "booking-on-aftercare-events"));

        assertThat(healthGroups.get("pipeline").isMember("outbox")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("outbox")).isFalse();
        assertThat(healthGroups.get("readiness").isMember("consumers")).isFalse();
        assertThat(service().getText("/actuator/prometheus")).contains("clinicflow_health_pipeline ");
    }

    /** An event nobody acts on (aftercare and session skip it), stored as a use case would store it. */
    private UUID appendOfferExpired() {
        Journey journey = Journey.start(UUID.randomUUID(), UUID.randomUUID());
        List<FollowUpOfferExpired> stored = new ArrayList<>();
        transactions.executeWithoutResult(status -> outbox.append(journey, meta -> {
            stored.add(new FollowUpOfferExpired(meta, UUID.randomUUID().toString(), UUID.randomUUID().toString()));
            return stored.getFirst();
        }));
        return UUID.fromString(stored.getFirst().getMeta().getEventId());
    }
}
