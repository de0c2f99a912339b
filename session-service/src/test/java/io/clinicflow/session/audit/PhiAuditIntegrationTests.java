package io.clinicflow.session.audit;

import io.clinicflow.security.StaffRole;
import io.clinicflow.session.BookingServiceStandIn.BookedSession;
import io.clinicflow.session.SessionServiceTest;
import io.clinicflow.session.WithNewClient;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.StaffToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Every read and write of health data leaves a row: who, when, whose, which record, why; nobody can change it. */
@SessionServiceTest
class PhiAuditIntegrationTests extends WithNewClient {

    @Autowired
    JdbcClient jdbc;

    private final String soho = UUID.randomUUID().toString();
    private ApiClient practitioner;
    private ApiClient ops;

    @BeforeEach
    void signInStaffAndRegisterTheClientAtSoho() {
        practitioner = api.as(StaffToken.of(StaffRole.PRACTITIONER, soho).subject("dr.quinn@soho"));
        ops = api.as(StaffToken.of(StaffRole.OPS, "*"));
        bookingService.registerClient(clientId, LocalDate.of(1990, 5, 17), soho);
    }

    @Test
    void logsWhoReadAndWroteWhichRecordOfTheClientAndWhy() {
        BookedSession booking = bookingService.bookAt(soho, clientId, clock.instant());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                practitioner.get("/api/v1/sessions/" + booking.bookingId()).status() == 200);
        ApiClient.Response declared = practitioner.post("/api/v1/clients/" + clientId + "/health-declarations",
                Map.of("answers", Map.of()));
        practitioner.get("/api/v1/sessions/" + booking.bookingId(), Map.of("X-Purpose", "pre-treatment consultation"));

        JsonNode audit = ops.get("/api/v1/audit?clientId=" + clientId).body();

        assertThat(audit.valueStream().map(row -> row.path("actor").asString()).distinct()).containsExactly("dr.quinn@soho");
        assertThat(audit.valueStream().filter(row -> row.path("recordType").asString().equals("DECLARATION"))
                .map(row -> List.of(row.path("action").asString(), row.path("recordId").asString(),
                        row.path("purpose").asString())))
                .containsExactly(List.of("WRITE", declared.text("id"), "health declaration before treatment"));
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.path("recordType").asString()).isEqualTo("SESSION");
        assertThat(last.path("recordId").asString()).isEqualTo(booking.bookingId().toString());
        assertThat(last.path("action").asString()).isEqualTo("READ");
        assertThat(last.path("purpose").asString()).isEqualTo("pre-treatment consultation");
        assertThat(last.path("clientId").asString()).isEqualTo(clientId.toString());
        assertThat(last.path("occurredAt").asString()).isNotBlank();
    }

    /** A client's log grows with every read of their record: it is read a page at a time, oldest first (ADR 0037). */
    @Test
    void pagesTheLogOldestFirst() {
        List.of("first read", "second read", "third read").forEach(this::declareOnceTheClientIsKnown);

        assertThat(purposes("&limit=2")).containsExactly("first read", "second read");
        assertThat(purposes("&limit=2&offset=2")).containsExactly("third read");
        assertThat(ops.get("/api/v1/audit?clientId=" + clientId + "&limit=1001").status()).isEqualTo(400);
    }

    /** 404 until session-service has consumed the client's ClientRegistered (its home location); then one row. */
    private void declareOnceTheClientIsKnown(String purpose) {
        await().atMost(Duration.ofSeconds(30)).until(() -> practitioner.post("/api/v1/clients/" + clientId
                + "/health-declarations", Map.of("answers", Map.of()), Map.of("X-Purpose", purpose)).status() == 201);
    }

    private List<String> purposes(String page) {
        return ops.get("/api/v1/audit?clientId=" + clientId + page).body().valueStream()
                .map(row -> row.path("purpose").asString()).toList();
    }

    /** As session-service's own role (ADR 0042), the one the service's connections use. */
    @Test
    void refusesToUpdateDeleteOrTruncateAnAuditRow() {
        declareOnceTheClientIsKnown("health declaration before treatment");

        assertThatThrownBy(() -> jdbc.sql("update phi_audit set purpose = 'nothing to see' where client_id = ?")
                .param(clientId).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from phi_audit where client_id = ?").param(clientId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate phi_audit").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("session");
        assertThat(ops.get("/api/v1/audit?clientId=" + clientId).body()).hasSize(1);
    }

    @Test
    void letsOnlyOperationsReadTheAuditLog() {
        assertThat(practitioner.get("/api/v1/audit?clientId=" + clientId).status()).isEqualTo(403);
        assertThat(ops.get("/api/v1/audit?clientId=" + clientId).status()).isEqualTo(200);
    }
}
