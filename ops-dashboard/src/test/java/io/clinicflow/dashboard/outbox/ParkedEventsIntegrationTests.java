package io.clinicflow.dashboard.outbox;

import io.clinicflow.dashboard.OpsDashboardTest;
import io.clinicflow.dashboard.ServicesStandIn;
import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parked-events panel (ADR 0038): the dashboard asks each service for its parked events and pipeline status with
 * the viewer's own token, shows ids, type and reason only, and sends a release to the service that owns the event.
 */
@OpsDashboardTest
class ParkedEventsIntegrationTests {

    private final ServicesStandIn services = ServicesStandIn.shared();
    private final String opsToken = TokenIssuer.ofThisJvm().mint(StaffToken.of(StaffRole.OPS, "*"));

    @LocalServerPort
    int port;

    @AfterEach
    void servicesBackToHealthy() {
        services.pipelineIs("booking-service", "UP");
        services.silence("aftercare-service", false);
    }

    private ApiClient dashboard() {
        return ApiClient.onPort(port).as(opsToken);
    }

    @Test
    void showsEachServicesParkedEventsAskedWithTheViewersOwnToken() {
        String client = UUID.randomUUID().toString();
        UUID parked = services.park("booking-service", "ClientRegistered", client,
                "307200 bytes, more than the 262144 an event may have");
        services.pipelineIs("booking-service", "DOWN");

        JsonNode booking = outboxOf("booking-service");

        assertThat(booking.path("pipeline").asString()).isEqualTo("DOWN");
        assertThat(booking.path("notUp").valueStream().map(JsonNode::asString)).containsExactly("outbox");
        JsonNode row = booking.path("parked").valueStream()
                .filter(event -> event.path("eventId").asString().equals(parked.toString())).findFirst().orElseThrow();
        assertThat(row.path("eventType").asString()).isEqualTo("ClientRegistered");
        assertThat(row.path("key").asString()).isEqualTo(client);
        assertThat(row.path("reason").asString()).contains("more than the 262144");
        assertThat(row.has("bytes")).as("ids, type and reason only").isFalse();
        assertThat(services.tokensSeen()).contains(opsToken);
        assertThat(outboxOf("session-service").path("pipeline").asString()).isEqualTo("UP");
    }

    @Test
    void releasesAnEventAtTheServiceThatOwnsItOnce() {
        UUID parked = services.park("session-service", "ScreeningCompleted", UUID.randomUUID().toString(),
                "Kafka refused it: RecordTooLargeException");

        assertThat(release("session-service", parked)).isEqualTo(204);

        assertThat(services.isParked("session-service", parked)).isFalse();
        assertThat(release("session-service", parked)).as("no longer parked there").isEqualTo(404);
        assertThat(release("reception-service", UUID.randomUUID())).as("no such service").isEqualTo(404);
    }

    @Test
    void showsAServiceThatDoesNotAnswerAndTheOthersAsUsual() {
        services.silence("aftercare-service", true);
        UUID parked = services.park("booking-service", "SessionBooked", UUID.randomUUID().toString(), "refused");

        assertThat(outboxOf("aftercare-service").path("answered").asBoolean()).isFalse();
        assertThat(outboxOf("booking-service").path("parked").valueStream().map(row -> row.path("eventId").asString()))
                .contains(parked.toString());
    }

    @Test
    void onlyOperationsSeeAndReleaseParkedEvents() {
        UUID parked = services.park("booking-service", "ClientRegistered", UUID.randomUUID().toString(), "refused");
        ApiClient frontDesk = ApiClient.onPort(port).as(StaffToken.of(StaffRole.FRONT_DESK, "*"));

        assertThat(frontDesk.get("/api/v1/parked").status()).isEqualTo(403);
        assertThat(frontDesk.post("/api/v1/parked/booking-service/" + parked + "/release", "").status()).isEqualTo(403);
        assertThat(ApiClient.onPort(port).withoutToken().get("/api/v1/parked").status()).isEqualTo(401);
        assertThat(services.isParked("booking-service", parked)).isTrue();
    }

    private JsonNode outboxOf(String service) {
        ApiClient.Response panel = dashboard().get("/api/v1/parked");
        assertThat(panel.status()).isEqualTo(200);
        return panel.body().valueStream().filter(outbox -> outbox.path("service").asString().equals(service))
                .findFirst().orElseThrow();
    }

    private int release(String service, UUID eventId) {
        return dashboard().post("/api/v1/parked/" + service + "/" + eventId + "/release", "").status();
    }
}
