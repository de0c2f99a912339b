package io.clinicflow.aftercare.audit;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.aftercare.WithAftercareClient;
import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.ContractEvents;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every write and read of a client's healing check-ins and concerns leaves a row in aftercare's own PHI audit: who,
 * whose, which record, why, when; ids only, nobody can change it, and only operations of the client's location (or
 * the chain) read it (ADR 0039). The client lives at Soho and was treated there.
 */
@AftercareServiceTest
class PhiAuditIntegrationTests extends WithAftercareClient {

    private static final String NOTE = "itchy near my left ear";

    @Autowired
    JdbcClient jdbc;

    private final String soho = UUID.randomUUID().toString();
    private ApiClient practitioner;
    private ApiClient ops;

    @BeforeEach
    void treatTheClientAtSoho() {
        practitioner = aftercare.as(StaffToken.of(StaffRole.PRACTITIONER, soho).subject("dr.quinn@soho"));
        ops = aftercare.as(StaffToken.of(StaffRole.OPS, soho));
        ClientRegistered registration = ClinicEvents.clientRegistered(clientId, email, false);
        registration.setHomeLocationId(soho);
        clinic.register(aftercare, registration);
        SessionCompleted completed = completedSession();
        completed.getMeta().setLocationId(soho);
        clinic.publish(completed);
        await().atMost(TopicProbe.PATIENCE).until(() -> jdbc.sql("select count(*) from aftercare_plan "
                + "where session_id = ?::uuid").param(sessionId).query(Integer.class).single() == 1);
    }

    @Test
    void logsWhoWroteAndReadWhichHealingRecordAndWhyWithoutItsContent() {
        ApiClient.Response checkIn = practitioner.post("/api/v1/sessions/" + sessionId + "/check-ins", Map.of(
                "redness", 1, "swelling", 1, "pain", 3, "signsOfInfection", true, "note", NOTE));
        String concernId = checkIn.text("concernId");
        practitioner.post("/api/v1/concerns/" + concernId + "/resolve", Map.of("practitionerId",
                UUID.randomUUID().toString(), "note", "healing normally"), Map.of("X-Purpose", "follow-up call"));
        practitioner.get(clientPath("aftercare"));

        JsonNode audit = ops.get("/api/v1/audit?clientId=" + clientId).body();

        assertThat(audit.valueStream().map(row -> List.of(row.path("recordType").asString(),
                row.path("recordId").asString(), row.path("action").asString(), row.path("purpose").asString())))
                .containsExactly(
                        List.of("CHECK_IN", checkIn.text("id"), "WRITE", "healing check-in"),
                        List.of("CONCERN", concernId, "WRITE", "healing check-in"),
                        List.of("CONCERN", concernId, "WRITE", "follow-up call"),
                        List.of("PLAN", sessionId, "READ", "aftercare overview"));
        assertThat(audit.valueStream().map(row -> row.path("actor").asString()).distinct())
                .containsExactly("dr.quinn@soho");
        assertThat(audit.valueStream().map(row -> row.path("clientId").asString()).distinct())
                .containsExactly(clientId);
        assertThat(audit.toString()).doesNotContain(NOTE).doesNotContain("healing normally")
                .doesNotContain("SIGNS_OF_INFECTION");
    }

    @Test
    void anotherLocationsClientAnswersAsAnUnknownClientAndTheChainSeesAll() {
        practitioner.post("/api/v1/sessions/" + sessionId + "/check-ins", Map.of("redness", 0, "swelling", 0,
                "pain", 0, "signsOfInfection", false));
        ApiClient hackney = aftercare.as(StaffToken.of(StaffRole.OPS, UUID.randomUUID().toString()));
        String unknown = UUID.randomUUID().toString();

        ApiClient.Response foreign = hackney.get("/api/v1/audit?clientId=" + clientId);
        ApiClient.Response notFound = hackney.get("/api/v1/audit?clientId=" + unknown);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body().toString().replace(clientId, "{id}"))
                .isEqualTo(notFound.body().toString().replace(unknown, "{id}"));
        assertThat(chainWideOps().get("/api/v1/audit?clientId=" + clientId).body()).hasSize(1);
    }

    @Test
    void letsOnlyOperationsReadTheLogAPageAtATime() {
        for (int pain = 0; pain < 3; pain++) {
            practitioner.post("/api/v1/sessions/" + sessionId + "/check-ins", Map.of("redness", 0, "swelling", 0,
                    "pain", pain, "signsOfInfection", false), Map.of("X-Purpose", "check-in " + pain));
        }

        assertThat(practitioner.get("/api/v1/audit?clientId=" + clientId).status()).isEqualTo(403);
        assertThat(ops.get("/api/v1/audit?clientId=" + clientId + "&limit=2&offset=1").body().valueStream()
                .map(row -> row.path("purpose").asString())).containsExactly("check-in 1", "check-in 2");
        assertThat(ops.get("/api/v1/audit?clientId=" + clientId + "&limit=1001").status()).isEqualTo(400);
    }

    @Test
    void refusesToUpdateOrDeleteAnAuditRow() {
        practitioner.post("/api/v1/sessions/" + sessionId + "/check-ins", Map.of("redness", 0, "swelling", 0,
                "pain", 0, "signsOfInfection", false));

        assertThatThrownBy(() -> jdbc.sql("update phi_audit set purpose = 'nothing to see' where client_id = ?::uuid")
                .param(clientId).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from phi_audit where client_id = ?::uuid").param(clientId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(ops.get("/api/v1/audit?clientId=" + clientId).body()).hasSize(1);
    }

    @Test
    void logsTheErasureOfTheClientsNotes() {
        clinic.publish(new ClientErasureRequested(ContractEvents.of(clientId).meta(ClientErasureRequested.class), clientId, ClinicInfrastructure.shared().clock().instant()));

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(chainWideOps().get("/api/v1/audit?clientId="
                + clientId).body().valueStream().map(row -> List.of(row.path("actor").asString(),
                row.path("recordType").asString(), row.path("action").asString(), row.path("purpose").asString())))
                .containsExactly(List.of("erasure", "CLIENT", "WRITE", "right to erasure")));
    }

    private ApiClient chainWideOps() {
        return aftercare.as(StaffToken.of(StaffRole.OPS, "*"));
    }
}
