package io.clinicflow.aftercare;

import io.clinicflow.testkit.HostileRequests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.clinicflow.testkit.HostileRequests.sample;

/** Issue 23: no malformed request to aftercare-service gets a 5xx or an answer that shows the service's insides. */
@AftercareServiceTest
class HostileRequestsIntegrationTests extends WithAftercareClient {

    /** Every write operation with a request it takes; each is then broken every way {@link HostileRequests} knows. */
    @TestFactory
    Stream<DynamicTest> noMalformedRequestGetsA5xxOrAnswersWithTheServicesInsides() {
        String id = UUID.randomUUID().toString();
        return HostileRequests.against(port, List.of(
                sample("POST /api/v1/sessions/{bookingId}/check-ins", "/api/v1/sessions/" + sessionId + "/check-ins",
                        Map.of("redness", 1, "swelling", 1, "pain", 0, "signsOfInfection", false,
                                "note", "a little pink")),
                sample("POST /api/v1/concerns/{id}/resolve", "/api/v1/concerns/" + id + "/resolve",
                        Map.of("practitionerId", id, "note", "seen: healing well")),
                sample("POST /api/v1/admin/outbox/parked/{eventId}/release",
                        "/api/v1/admin/outbox/parked/" + id + "/release", null)));
    }
}
