package io.clinicflow.aftercare;

import io.clinicflow.testkit.ContractMinimum;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.clinicflow.testkit.ContractMinimum.call;
import static org.awaitility.Awaitility.await;

/** Every aftercare-service endpoint of DESIGN §7 with the smallest request it allows, and its error cases. */
@AftercareServiceTest
class ContractMinimumTests extends WithAftercareClient {

    private static final String UNKNOWN = UUID.randomUUID().toString();
    private static final Map<String, Object> CHECK_IN = Map.of("redness", 1, "swelling", 1, "pain", 0,
            "signsOfInfection", false, "note", "a little pink");
    private static final Map<String, Object> RESOLUTION = Map.of("practitionerId", UUID.randomUUID().toString(),
            "note", "seen: healing well");

    private String concern;

    /** A concern raised by a check-in that reports signs of infection, once. */
    private String concern() {
        if (concern == null) {
            concern = aftercare.post("/api/v1/sessions/" + sessionId + "/check-ins", Map.of("redness", 2,
                    "swelling", 2, "pain", 3, "signsOfInfection", true, "note", "hot and swollen")).text("concernId");
        }
        return concern;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAcceptsTheContractsSmallestRequestAndAnswersItsErrors() {
        registerClientConsentingTo();
        completeSession();
        await().atMost(TopicProbe.PATIENCE).until(() -> aftercare.get(clientPath("aftercare")).body().size() == 1);
        return ContractMinimum.of(List.of(
                call("GET /clients/{id}/aftercare", 200, () -> aftercare.get(clientPath("aftercare"))),
                call("POST /sessions/{bookingId}/check-ins {redness, swelling, pain, signsOfInfection, note}", 201,
                        () -> aftercare.post("/api/v1/sessions/" + sessionId + "/check-ins", CHECK_IN)),
                call("POST /sessions/{unknown}/check-ins", 404, () -> aftercare.post(
                        "/api/v1/sessions/" + UNKNOWN + "/check-ins", CHECK_IN)),
                call("GET /clients/{id}/milestones", 200, () -> aftercare.get(clientPath("milestones"))),
                call("POST /concerns/{id}/resolve {practitionerId, note}", 204, () -> aftercare.post(
                        "/api/v1/concerns/" + concern() + "/resolve", RESOLUTION)),
                call("POST /concerns/{resolved}/resolve", 409, () -> aftercare.post(
                        "/api/v1/concerns/" + concern() + "/resolve", RESOLUTION)),
                call("POST /concerns/{unknown}/resolve", 404, () -> aftercare.post(
                        "/api/v1/concerns/" + UNKNOWN + "/resolve", RESOLUTION))));
    }
}
