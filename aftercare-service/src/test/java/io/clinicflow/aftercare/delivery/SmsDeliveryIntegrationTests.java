package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.SmsGateway;
import io.clinicflow.aftercare.WithAftercareClient;
import io.clinicflow.avro.aftercare.AftercareMessageFailed;
import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.clinicflow.avro.common.MessageChannel.EMAIL;
import static io.clinicflow.avro.common.MessageChannel.SMS;
import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AftercareServiceTest
class SmsDeliveryIntegrationTests extends WithAftercareClient {

    private final SmsGateway gateway = SmsGateway.shared();

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsDay0InstructionsBySmsWithTheMessageIdAsIdempotencyKeyAndByEmail() {
        registerClientConsentingTo(EMAIL, SMS);
        completeSession();

        SmsGateway.Received sms = await().atMost(TopicProbe.PATIENCE)
                .until(() -> gateway.to(phone), received -> !received.isEmpty()).getFirst();

        String smsId = messageId("DAY0_INSTRUCTIONS", "SMS").toString();
        assertThat(sms.idempotencyKeyHeader()).isEqualTo(smsId);
        assertThat(sms.idempotencyKey()).isEqualTo(smsId);
        assertThat(sms.text()).startsWith("Hello Ada,").contains("No makeup for 24h");
        assertThat(mailbox.awaitMessages(email, 1)).hasSize(1);
        AftercareMessageSent sent = topics.awaitEvent(AFTERCARE_EVENTS, AftercareMessageSent.class,
                event -> event.getSessionId().equals(sessionId) && event.getChannel() == SMS);
        assertThat(sent.getMessageId()).isEqualTo(smsId);
        assertThat(sent.getMeta().getClientId()).isEqualTo(clientId);
        assertThat(gateway.to(phone)).hasSize(1);
    }

    @Test
    void retriesAnUnavailableGatewayWithBackoffThenMarksTheMessageFailedOnce() {
        gateway.refuse(phone);
        registerClientConsentingTo(SMS);
        completeSession();

        awaitGatewayRequests(1);
        for (int attempt = 2; attempt <= 4; attempt++) {
            awaitRetryScheduledAfter(attempt - 1);                   // the back-off counts from the failure's time
            infrastructure.clock().advance(Duration.ofHours(1));     // longer than every back-off of the 4 attempts
            awaitGatewayRequests(attempt);
        }

        AftercareMessageFailed failed = topics.awaitEvent(AFTERCARE_EVENTS, AftercareMessageFailed.class,
                event -> event.getSessionId().equals(sessionId));
        assertThat(failed.getMessageId()).isEqualTo(messageId("DAY0_INSTRUCTIONS", "SMS").toString());
        assertThat(failed.getStep()).isEqualTo(AftercareStep.DAY0_INSTRUCTIONS);
        assertThat(failed.getChannel()).isEqualTo(SMS);
        assertThat(failed.getAttempts()).isEqualTo(4);
        assertThat(failed.getFailure()).contains("503");
        assertThat(failed.getMeta().getClientId()).isEqualTo(clientId);
        JsonNode day0Sms = day0Sms();
        assertThat(day0Sms.path("status").asString()).isEqualTo("FAILED");
        assertThat(day0Sms.path("note").asString()).contains("503");

        assertThat(gateway.to(phone)).hasSize(4);
        assertThat(topics.eventsOf(AFTERCARE_EVENTS, AftercareMessageFailed.class, clientId)).hasSize(1);
        assertThat(topics.eventsOf(AFTERCARE_EVENTS, AftercareMessageSent.class, clientId)).isEmpty();
    }

    private void awaitGatewayRequests(int count) {
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(gateway.to(phone)).hasSize(count));
    }

    private void awaitRetryScheduledAfter(int failures) {
        await().atMost(TopicProbe.PATIENCE).until(() -> jdbc.sql("""
                        select count(*) from scheduled_tasks
                        where task_instance = :instance and consecutive_failures = :failures and not picked""")
                .param("instance", sessionId + ":DAY0_INSTRUCTIONS").param("failures", failures)
                .query(Integer.class).single() == 1);
    }

    private JsonNode day0Sms() {
        for (JsonNode message : aftercare.get("/api/v1/clients/" + clientId + "/aftercare").body().get(0)
                .path("messages")) {
            if (message.path("step").asString().equals("DAY0_INSTRUCTIONS")
                    && message.path("channel").asString().equals("SMS")) {
                return message;
            }
        }
        throw new AssertionError("No DAY0_INSTRUCTIONS SMS");
    }

    private UUID messageId(String step, String channel) {
        return UUID.nameUUIDFromBytes((sessionId + ":" + step + ":" + channel).getBytes(StandardCharsets.UTF_8));
    }
}
