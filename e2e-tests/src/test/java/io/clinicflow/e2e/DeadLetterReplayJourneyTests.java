package io.clinicflow.e2e;

import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.ContractEvents;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operations' replay: a record dead-lettered because its prerequisite was missing is moved back once the
 * prerequisite arrived, and is then handled exactly once.
 */
class DeadLetterReplayJourneyTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SESSION_DLT = Topics.deadLetterOf(Topics.SESSION_EVENTS);

    private final ClinicFlowStack stack = ClinicFlowStack.get();
    private final Clinic clinic = stack.clinic;
    private final SingleObjectCodec codec = SingleObjectCodec.shipped();
    private final String clientId = UUID.randomUUID().toString();
    private final String sessionId = UUID.randomUUID().toString();

    @Test
    void replayedSessionCompletedStartsTheAftercarePlanOnceTheClientIsKnown() {
        publish(Topics.SESSION_EVENTS, sessionCompleted());
        await().atMost(PATIENCE).until(() -> deadLettersOfThisClient() >= 1);

        publish(Topics.BOOKING_EVENTS, clientRegistered());
        // aftercare answers 404 for a client it has not registered, a list once it has
        await().atMost(PATIENCE).until(() -> clinic.aftercare(clientId).isArray());
        ApiClient.Response replay = clinic.replayDeadLettersIntoAftercare(Topics.SESSION_EVENTS);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().path("moved").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(replay.text("deadLetterTopic")).isEqualTo(SESSION_DLT);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(clinic.aftercare(clientId)).singleElement()
                .satisfies(plan -> assertThat(plan.path("sessionId").asString()).isEqualTo(sessionId)));
    }

    @Test
    void replayOfATopicThatIsNotAClinicFlowEventTopicIsNotFound() {
        assertThat(clinic.replayDeadLettersIntoAftercare("clinic.unknown.v1").status()).isEqualTo(404);
    }

    private long deadLettersOfThisClient() {
        return stack.topics.rawRecords(SESSION_DLT).stream().filter(record -> clientId.equals(record.key())).count();
    }

    private void publish(String topic, SpecificRecord event) {
        stack.topics.sendRaw(topic, clientId, codec.encode(event));
    }

    private SessionCompleted sessionCompleted() {
        Instant now = clinic.clock().instant();
        return ContractEvents.of(clientId).sessionCompleted(sessionId)
                .setCompletedAt(now.minus(Duration.ofMinutes(1))).build();
    }

    private ClientRegistered clientRegistered() {
        return ContractEvents.of(clientId)
                .clientRegistered(ContractEvents.ada("ada-" + clientId + "@example.com", null))
                .setEmailConsent(true).build();
    }

}
