package io.clinicflow.e2e;

import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        return SessionCompleted.newBuilder().setMeta(meta("SessionCompleted", "session-service"))
                .setSessionId(sessionId).setPractitionerId(UUID.randomUUID().toString())
                .setCompletedAt(now.minus(Duration.ofMinutes(1))).setTimeZone("Europe/London")
                .setAreas(List.of(TreatmentArea.FACE)).setDepthBand("MEDIUM").setCourseId(UUID.randomUUID().toString())
                .setSessionNumber(1).setCourseLength(3).build();
    }

    private ClientRegistered clientRegistered() {
        ClientPersonalData ada = new ClientPersonalData("Ada", "Lovelace", "ada-" + clientId + "@example.com", null,
                LocalDate.of(1990, 4, 12));
        return ClientRegistered.newBuilder().setMeta(meta("ClientRegistered", "booking-service"))
                .setPersonalData(ClinicInfrastructure.shared().personalDataSeal().seal(UUID.fromString(clientId), ada))
                .setHomeLocationId(UUID.randomUUID().toString())
                .setEmailConsent(true).setSmsConsent(false).build();
    }

    private EventMetadata meta(String type, String producer) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID().toString()).setEventType(type)
                .setOccurredAt(clinic.clock().instant()).setProducer(producer)
                .setCorrelationId(UUID.randomUUID().toString()).setLocationId(UUID.randomUUID().toString())
                .setClientId(clientId).build();
    }
}
