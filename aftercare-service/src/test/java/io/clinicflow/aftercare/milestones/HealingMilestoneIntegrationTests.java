package io.clinicflow.aftercare.milestones;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.WithAftercareClient;
import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import static io.clinicflow.avro.common.MessageChannel.EMAIL;
import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@AftercareServiceTest
class HealingMilestoneIntegrationTests extends WithAftercareClient {

    @Test
    void sendsDueMessagesOnceAndReachesMilestonesWhenBusinessTimeJumpsFourWeeks() {
        registerClientConsentingTo(EMAIL);
        SessionCompleted completed = completeSession();
        mailbox.awaitMessages(email, 1);

        infrastructure.clock().advance(Duration.ofDays(28));

        HealingMilestoneReached healed = awaitMilestone(HealingMilestone.HEALING_CHECK_PASSED);
        HealingMilestoneReached eligible = awaitMilestone(HealingMilestone.NEXT_SESSION_ELIGIBLE);
        Instant completedAt = completed.getCompletedAt();
        assertThat(healed.getReachedAt()).isEqualTo(completedAt.plus(Duration.ofDays(7)));  // a fixed-offset zone
        assertThat(eligible.getReachedAt()).isEqualTo(completedAt.plus(Duration.ofDays(28)));
        assertThat(eligible.getMeta().getClientId()).isEqualTo(clientId);
        assertThat(eligible.getMeta().getCorrelationId()).isEqualTo(completed.getMeta().getCorrelationId());
        awaitMessageSent(AftercareStep.DAY1_CHECK_IN);
        awaitMessageSent(AftercareStep.DAY3_SKINCARE);
        assertThat(mailbox.to(email)).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Your aftercare for the next 48 hours", "How is your skin today?", "Day 3: flaking is normal");
    }

    @Test
    void listsReachedMilestonesAtTheLocationsOffset() {
        registerClientConsentingTo(EMAIL);
        SessionCompleted completed = completeSession();
        mailbox.awaitMessages(email, 1);
        assertThat(milestonesOfClient()).isEmpty();

        infrastructure.clock().advance(Duration.ofDays(7));

        JsonNode milestones = await().atMost(TopicProbe.PATIENCE)
                .until(this::milestonesOfClient, reached -> reached.size() == 1);
        assertThat(milestones.get(0).path("milestone").asString()).isEqualTo("HEALING_CHECK_PASSED");
        assertThat(milestones.get(0).path("sessionId").asString()).isEqualTo(sessionId);
        OffsetDateTime reachedAt = OffsetDateTime.parse(milestones.get(0).path("reachedAt").asString());
        Instant due = completed.getCompletedAt().plus(Duration.ofDays(7));
        assertThat(reachedAt.toInstant()).isEqualTo(due);
        assertThat(reachedAt.getOffset()).isEqualTo(ZoneId.of(completed.getTimeZone()).getRules().getOffset(due));
        // the row commits first; the outbox relay publishes the event a moment later
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() ->
                assertThat(topics.eventsOf(AFTERCARE_EVENTS, HealingMilestoneReached.class, clientId))
                        .extracting(HealingMilestoneReached::getSessionId, HealingMilestoneReached::getMilestone)
                        .containsExactly(tuple(sessionId, HealingMilestone.HEALING_CHECK_PASSED)));
    }

    @Test
    void answersNotFoundForTheMilestonesOfAClientNeverRegisteredHere() {
        ApiClient.Response response = aftercare.get("/api/v1/clients/" + UUID.randomUUID() + "/milestones");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("detail")).startsWith("No client with id");
    }

    @Test
    void answersBadRequestNamingTheFieldForAClientIdThatIsNoUuid() {
        ApiClient.Response response = aftercare.get("/api/v1/clients/42/milestones");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("id");
    }

    private HealingMilestoneReached awaitMilestone(HealingMilestone milestone) {
        return topics.awaitEvent(AFTERCARE_EVENTS, HealingMilestoneReached.class,
                event -> event.getSessionId().equals(sessionId) && event.getMilestone() == milestone);
    }

    private void awaitMessageSent(AftercareStep step) {
        topics.awaitEvent(AFTERCARE_EVENTS, AftercareMessageSent.class,
                event -> event.getSessionId().equals(sessionId) && event.getStep() == step);
    }

    private JsonNode milestonesOfClient() {
        ApiClient.Response response = aftercare.get("/api/v1/clients/" + clientId + "/milestones");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }
}
