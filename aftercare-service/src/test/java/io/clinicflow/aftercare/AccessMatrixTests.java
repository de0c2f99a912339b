package io.clinicflow.aftercare;

import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.AccessMatrix.Endpoint;
import io.clinicflow.testkit.AccessMatrix.Side;
import io.clinicflow.testkit.AccessMatrix;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.clinicflow.security.StaffRole.OPS;
import static io.clinicflow.security.StaffRole.PRACTITIONER;
import static io.clinicflow.testkit.AccessMatrix.chainWide;
import static io.clinicflow.testkit.AccessMatrix.scoped;
import static io.clinicflow.testkit.AccessMatrix.unscoped;
import static org.awaitility.Awaitility.await;

/**
 * Every aftercare endpoint x every role x the caller's own or another location (ADR 0023, 0024), from one table:
 * clients belong to their home location, check-ins and concerns to the session's location.
 */
@AftercareServiceTest
class AccessMatrixTests {

    @LocalServerPort
    int port;

    private final ClinicEvents clinic = new ClinicEvents();
    private final Map<Side, Treated> treated = new EnumMap<>(Side.class);
    private final Map<Side, String> concerns = new EnumMap<>(Side.class);
    private ApiClient chainWide;

    /** A client of a location whose session there is completed and has an aftercare plan. */
    private record Treated(String location, String client, String session) {
    }

    private Treated at(Side side) {
        return treated.computeIfAbsent(side, unused -> {
            String location = UUID.randomUUID().toString();
            String client = UUID.randomUUID().toString();
            String session = UUID.randomUUID().toString();
            ClientRegistered registration = ClinicEvents.clientRegistered(client, client + "@example.com", false);
            registration.setHomeLocationId(location);
            clinic.register(chainWide, registration);
            SessionCompleted completed = ClinicEvents.sessionCompleted(client, session,
                    ClinicInfrastructure.shared().clock().instant());
            completed.getMeta().setLocationId(location);
            clinic.publish(completed);
            await().atMost(TopicProbe.PATIENCE).until(() ->
                    chainWide.get("/api/v1/clients/" + client + "/aftercare").body().size() == 1);
            return new Treated(location, client, session);
        });
    }

    private String openConcern(Side side) {
        return concerns.computeIfAbsent(side, unused -> chainWide.post("/api/v1/sessions/" + at(side).session()
                + "/check-ins", Map.of("redness", 1, "swelling", 1, "pain", 3, "signsOfInfection", true))
                .text("concernId"));
    }

    private List<Endpoint> table() {
        return List.of(
                scoped("GET /clients/{id}/aftercare", 200, (api, side) ->
                        api.get("/api/v1/clients/" + at(side).client() + "/aftercare"), StaffRole.values()),
                scoped("GET /clients/{id}/milestones", 200, (api, side) ->
                        api.get("/api/v1/clients/" + at(side).client() + "/milestones"), StaffRole.values()),
                scoped("POST /sessions/{id}/check-ins", 201, (api, side) -> api.post("/api/v1/sessions/"
                        + at(side).session() + "/check-ins", Map.of("redness", 1, "swelling", 1, "pain", 0,
                        "signsOfInfection", false)), PRACTITIONER),
                scoped("POST /concerns/{id}/resolve", 204, (api, side) -> api.post("/api/v1/concerns/"
                        + openConcern(side) + "/resolve", Map.of("practitionerId", UUID.randomUUID().toString(),
                        "note", "healing normally")), PRACTITIONER),
                scoped("GET /audit?clientId=", 200, (api, side) ->
                        api.get("/api/v1/audit?clientId=" + at(side).client()), OPS),
                chainWide("POST /admin/dlt/{not a clinic topic}/replay (OPS passes, then 404)", 404, (api, side) ->
                        api.post("/api/v1/admin/dlt/not-a-clinic-topic/replay", Map.of()), OPS),
                chainWide("GET /admin/outbox/parked", 200, (api, side) -> api.get("/api/v1/admin/outbox/parked"), OPS));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleAtOwnAndOtherLocation() {
        chainWide = ApiClient.onPort(port);
        return AccessMatrix.of(chainWide, at(Side.OWN).location(), table());
    }

    @TestFactory
    Stream<DynamicTest> missingExpiredOrWronglySignedTokensGet401() {
        return AccessMatrix.unauthenticated(ApiClient.onPort(port), "/api/v1/clients/" + UUID.randomUUID() + "/aftercare");
    }
}
