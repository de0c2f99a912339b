package io.clinicflow.aftercare.checkins;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.WithAftercareClient;
import io.clinicflow.avro.aftercare.HealingCheckInRecorded;
import io.clinicflow.avro.aftercare.HealingConcernRaised;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AftercareServiceTest
class CheckInIntegrationTests extends WithAftercareClient {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void planAftercare() {
        registerClientConsentingTo();
        completeSession();
        await().atMost(TopicProbe.PATIENCE).until(() -> aftercare.get(clientPath("aftercare")).body().size() == 1);
    }

    @Test
    void recordsACheckInWithoutConcern() {
        ApiClient.Response response = checkIn(Map.of("redness", 2, "swelling", 1, "pain", 1, "signsOfInfection", false,
                "note", "a bit pink"));

        assertThat(response.status()).isEqualTo(201);
        String checkInId = response.text("id");
        assertThat(response.body().path("concernId").isNull()).isTrue();
        HealingCheckInRecorded recorded = topics.awaitEvent(AFTERCARE_EVENTS, HealingCheckInRecorded.class,
                event -> event.getCheckInId().equals(checkInId));
        assertThat(recorded.getSessionId()).isEqualTo(sessionId);
        assertThat(recorded.getRedness()).isEqualTo(2);
        assertThat(recorded.getConcernRaised()).isFalse();
        assertThat(recorded.getMeta().getClientId()).isEqualTo(clientId);
    }

    @Test
    void holdsTheHealingCheckMilestoneWhileAConcernIsOpenAndReachesItOnResolution() {
        ApiClient.Response response = checkIn(Map.of("redness", 1, "swelling", 1, "pain", 3, "signsOfInfection", true));
        String concernId = response.text("concernId");
        HealingConcernRaised raised = topics.awaitEvent(AFTERCARE_EVENTS, HealingConcernRaised.class,
                event -> event.getConcernId().equals(concernId));
        assertThat(raised.getReasons()).containsExactly("SIGNS_OF_INFECTION", "SEVERE_PAIN");
        assertThat(raised.getCheckInId()).isEqualTo(response.text("id"));
        assertThat(topics.awaitEvent(AFTERCARE_EVENTS, HealingCheckInRecorded.class,
                event -> event.getCheckInId().equals(response.text("id"))).getConcernRaised()).isTrue();

        infrastructure.clock().advance(Duration.ofDays(7).plusHours(1));
        await().atMost(TopicProbe.PATIENCE).until(() -> jdbc.sql("select count(*) from scheduled_tasks "
                + "where task_instance = :instance").param("instance", sessionId + ":DAY7_HEALING_CHECK")
                .query(Integer.class).single() == 0);                     // the step ran, and held its milestone
        assertThat(aftercare.get(clientPath("milestones")).body()).isEmpty();
        assertThat(healingCheckStep().path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(healingCheckStep().path("note").asString()).contains("held");

        Instant resolvedAt = infrastructure.clock().instant();
        assertThat(resolve(concernId).status()).isEqualTo(204);

        HealingMilestoneReached reached = topics.awaitEvent(AFTERCARE_EVENTS, HealingMilestoneReached.class,
                event -> event.getSessionId().equals(sessionId)
                        && event.getMilestone() == HealingMilestone.HEALING_CHECK_PASSED);
        assertThat(reached.getReachedAt()).isAfterOrEqualTo(resolvedAt);
        assertThat(aftercare.get(clientPath("milestones")).body()).hasSize(1);
        assertThat(resolve(concernId).status()).isEqualTo(409);
    }

    @Test
    void answersNotFoundForAnUnknownSessionOrConcern() {
        ApiClient.Response checkIn = aftercare.post("/api/v1/sessions/" + UUID.randomUUID() + "/check-ins",
                Map.of("redness", 0, "swelling", 0, "pain", 0, "signsOfInfection", false));
        ApiClient.Response resolution = aftercare.post("/api/v1/concerns/" + UUID.randomUUID() + "/resolve",
                Map.of("practitionerId", UUID.randomUUID().toString()));

        assertThat(checkIn.status()).isEqualTo(404);
        assertThat(resolution.status()).isEqualTo(404);
    }

    @Test
    void answersBadRequestNamingEveryFieldOutOfRange() {
        ApiClient.Response response = checkIn(Map.of("redness", 4, "swelling", -1, "pain", 1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors")).extracting(error -> error.path("field").asString())
                .containsExactlyInAnyOrder("redness", "swelling", "signsOfInfection");
        assertThat(aftercare.post("/api/v1/concerns/" + UUID.randomUUID() + "/resolve", Map.of()).body()
                .path("errors").get(0).path("field").asString()).isEqualTo("practitionerId");
    }

    private ApiClient.Response checkIn(Map<String, Object> body) {
        return aftercare.post("/api/v1/sessions/" + sessionId + "/check-ins", body);
    }

    private ApiClient.Response resolve(String concernId) {
        return aftercare.post("/api/v1/concerns/" + concernId + "/resolve",
                Map.of("practitionerId", UUID.randomUUID().toString(), "note", "looked at it: healing well"));
    }

    private JsonNode healingCheckStep() {
        for (JsonNode step : aftercare.get(clientPath("aftercare")).body().get(0).path("messages")) {
            if (step.path("step").asString().equals("DAY7_HEALING_CHECK")) {
                return step;
            }
        }
        throw new AssertionError("DAY7_HEALING_CHECK is no longer due");
    }
}
