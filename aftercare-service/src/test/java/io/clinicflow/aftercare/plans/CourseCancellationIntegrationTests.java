package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.session.SessionAbandoned;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.Mailbox;
import io.clinicflow.testkit.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AftercareServiceTest
class CourseCancellationIntegrationTests {

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private final TopicProbe topics = TopicProbe.of(infrastructure);
    private final Mailbox mailbox = new Mailbox(infrastructure.mail());
    private final ClinicEvents clinic = new ClinicEvents();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private ApiClient aftercare;
    private final String clientId = UUID.randomUUID().toString();
    private final String sessionId = UUID.randomUUID().toString();
    private final String courseId = UUID.randomUUID().toString();
    private final String email = "dorothy-" + clientId + "@example.com";

    @BeforeEach
    void planAftercare() {
        aftercare = ApiClient.onPort(port);
        clinic.register(aftercare, ClinicEvents.clientRegistered(clientId, email, true));
        var now = infrastructure.clock().instant();
        clinic.publish(ClinicEvents.sessionCompleted(clientId, sessionId, now.minus(Duration.ofMinutes(1)),
                ClinicEvents.zoneWhereItIsEarlyAfternoon(now), courseId));
        mailbox.awaitMessages(email, 1);
    }

    @Test
    void aCancelledCourseStopsPendingMessagesAndMilestones() {
        BookingCancelled cancelled = BookingCancelled.newBuilder()
                .setMeta(ClinicEvents.meta("BookingCancelled", clientId, "booking-service"))
                .setBookingId(UUID.randomUUID().toString()).setCancelledBy("CLIENT").setCourseId(courseId)
                .setCourseCancelled(true)
                .build();

        assertCancelsThePlan(cancelled);
    }

    @Test
    void anAbandonedSessionStopsItsCourse() {
        SessionAbandoned abandoned = SessionAbandoned.newBuilder()
                .setMeta(ClinicEvents.meta("SessionAbandoned", clientId, "session-service"))
                .setSessionId(UUID.randomUUID().toString()).setAbandonedAt(infrastructure.clock().instant())
                .setReasonCategory("ADVERSE_REACTION").setCourseId(courseId)
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
