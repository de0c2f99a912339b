package io.clinicflow.aftercare.erasure;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.aftercare.WithCompletedSession;
import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ContractEvents;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ClientErasureRequested: aftercare forgets the client and stops their aftercare (ADR 0030). */
@AftercareServiceTest
class ClientErasureIntegrationTests extends WithCompletedSession {

    @Autowired
    JdbcClient jdbc;

    @Test
    void forgetsContactAndCheckInNotesAndCancelsTheWaitingMessagesOnce() {
        assertThat(aftercare.post("/api/v1/sessions/" + sessionId + "/check-ins", Map.of("redness", 1, "swelling", 0,
                "pain", 0, "signsOfInfection", false, "note", "itchy near my left ear")).status()).isEqualTo(201);
        ClientErasureRequested erasure = erasureOf(clientId);

        clinic.publish(erasure);
        clinic.publish(erasure);

        await().atMost(TopicProbe.PATIENCE).until(() -> count(
                "select count(*) from client where client_id = ?::uuid and erased_at is not null") == 1);
        assertThat(count("select count(*) from client where client_id = ?::uuid "
                + "and coalesce(first_name, email, phone) is not null")).isZero();
        assertThat(count("""
                select count(*) from healing_check_in c join aftercare_plan p using (session_id)
                where p.client_id = ?::uuid and c.note is not null""")).isZero();
        assertThat(jdbc.sql("""
                        select distinct m.status || ' ' || coalesce(m.note, '') from aftercare_message m
                        join aftercare_plan p using (session_id)
                        where p.client_id = ?::uuid and m.step <> 'DAY0_INSTRUCTIONS' and m.status <> 'SKIPPED'""")
                .param(clientId).query(String.class).list()).containsExactly("CANCELLED client erased");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance like ? || ':%'")
                .param(sessionId).query(Long.class).single()).as("steps left on the schedule").isZero();
    }

    @Test
    void plansNothingForAnErasedClientsLaterSessionAndDeadLettersNothing() {
        clinic.publish(erasureOf(clientId));
        await().atMost(TopicProbe.PATIENCE).until(() -> count(
                "select count(*) from client where client_id = ?::uuid and erased_at is not null") == 1);

        String later = UUID.randomUUID().toString();
        SessionCompleted completed = ClinicEvents.sessionCompleted(clientId, later, infrastructure.clock().instant());
        clinic.publish(completed);

        await().atMost(TopicProbe.PATIENCE).until(() -> jdbc.sql(
                "select count(*) from inbox_event where consumer = 'aftercare-plans' and event_id = ?::uuid")
                .param(completed.getMeta().getEventId()).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select count(*) from aftercare_plan where session_id = ?::uuid").param(later)
                .query(Long.class).single()).isZero();
        assertThat(topics.rawRecords(Topics.deadLetterOf(Topics.SESSION_EVENTS)))
                .noneSatisfy(record -> assertThat(record.key()).isEqualTo(clientId));
    }

    private static ClientErasureRequested erasureOf(String clientId) {
        return new ClientErasureRequested(ContractEvents.of(clientId).meta(ClientErasureRequested.class),
                clientId, ClinicInfrastructure.shared().clock().instant());
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(clientId).query(Long.class).single();
    }
}
