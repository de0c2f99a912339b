package io.clinicflow.session;

import io.clinicflow.testkit.HostileRequests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.clinicflow.testkit.HostileRequests.sample;

/** Issue 23: no malformed request to session-service gets a 5xx or an answer that shows the service's insides. */
@SessionServiceTest
class HostileRequestsIntegrationTests extends WithNewClient {

    /** Every write operation with a request it takes; each is then broken every way {@link HostileRequests} knows. */
    @TestFactory
    Stream<DynamicTest> noMalformedRequestGetsA5xxOrAnswersWithTheServicesInsides() {
        String id = UUID.randomUUID().toString();
        return HostileRequests.against(port, List.of(
                sample("POST /api/v1/clients/{clientId}/health-declarations",
                        "/api/v1/clients/" + clientId + "/health-declarations", Map.of("answers", Map.of(
                                "IMMUNOSUPPRESSED", false, "ISOTRETINOIN_LAST_DOSE", "2019-03-17",
                                "FITZPATRICK_TYPE", 3))),
                sample("POST /api/v1/screenings/{screeningId}/review", "/api/v1/screenings/" + id + "/review",
                        Map.of("decision", "APPROVE", "reviewer", id, "note", "patch test fine")),
                sample("POST /api/v1/sessions/{bookingId}/check-in", "/api/v1/sessions/" + id + "/check-in", null),
                sample("POST /api/v1/sessions/{bookingId}/complete", "/api/v1/sessions/" + id + "/complete",
                        Map.of("areas", List.of(Map.of("area", "FACE", "needleDepthMm", 1.0, "passes", 3,
                                        "depthReason", "thick skin on the forehead")),
                                "numbing", true, "device", "Dermapen 4", "cartridgeLot", "LOT-114",
                                "practitionerId", id, "notes", "calm session")),
                sample("POST /api/v1/sessions/{bookingId}/abandon", "/api/v1/sessions/" + id + "/abandon",
                        Map.of("reasonCategory", "CLIENT_REQUEST", "note", "felt faint")),
                sample("POST /api/v1/admin/outbox/parked/{eventId}/release",
                        "/api/v1/admin/outbox/parked/" + id + "/release", null)));
    }
}
