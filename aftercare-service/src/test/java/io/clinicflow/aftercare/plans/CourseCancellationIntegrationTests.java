package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.WithCompletedSession;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.session.SessionAbandoned;
import io.clinicflow.testkit.ContractEvents;
import io.clinicflow.testkit.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AftercareServiceTest
class CourseCancellationIntegrationTests extends WithCompletedSession {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCancelledCourseStopsPendingMessagesAndMilestones() {
        BookingCancelled cancelled = BookingCancelled.newBuilder()
                .setMeta(ContractEvents.of(clientId).meta(BookingCancelled.class))
                .setBookingId(UUID.randomUUID().toString()).setCancelledBy("CLIENT")
                .setCourseId(completed.getCourseId()).setCourseCancelled(true)
                .build();

        assertCancelsThePlan(cancelled);
    }

    @Test
    void anAbandonedSessionStopsItsCourse() {
        SessionAbandoned abandoned = SessionAbandoned.newBuilder()
                .setMeta(ContractEvents.of(clientId).meta(SessionAbandoned.class))
                .setSessionId(UUID.randomUUID().toString()).setAbandonedAt(infrastructure.clock().instant())
                .setReasonCategory("ADVERSE_REACTION").setCourseId(completed.getCourseId())
                .build();

        assertCancelsThePlan(abandoned);
    }

    private void assertCancelsThePlan(SpecificRecord cancellation) {
        clinic.publish(cancellation);
        clinic.publish(cancellation);

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(pendingSteps()).isZero());
        JsonNode messages = aftercare.get("/api/v1/clients/" + clientId + "/aftercare").body().get(0)
                .path("messages");
        assertThat(messages).filteredOn(message -> message.path("step").asString().equals("DAY0_INSTRUCTIONS")
                        && message.path("channel").asString().equals("EMAIL"))
                .extracting(message -> message.path("status").asString()).containsExactly("SENT");
        assertThat(messages).filteredOn(message -> !message.path("step").asString().equals("DAY0_INSTRUCTIONS")
                        && !message.path("status").asString().equals("SKIPPED"))
                .isNotEmpty()
                .allSatisfy(message -> assertThat(message.path("status").asString()).isEqualTo("CANCELLED"));

        infrastructure.clock().advance(Duration.ofDays(29));
        assertThat(mailbox.to(email)).hasSize(1);
        assertThat(topics.eventsOf(AFTERCARE_EVENTS, HealingMilestoneReached.class, clientId)).isEmpty();
    }

    private int pendingSteps() {
        return jdbc.sql("select count(*) from scheduled_tasks where task_instance like :session")
                .param("session", sessionId + ":%").query(Integer.class).single();
    }
}
