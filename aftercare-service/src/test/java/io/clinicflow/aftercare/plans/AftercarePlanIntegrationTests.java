package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.aftercare.WithAftercareClient;
import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.aftercare.AftercarePlanStarted;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.TopicProbe;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.clinicflow.avro.common.AftercareStep.DAY0_INSTRUCTIONS;
import static io.clinicflow.avro.common.AftercareStep.DAY1_CHECK_IN;
import static io.clinicflow.avro.common.AftercareStep.DAY3_SKINCARE;
import static io.clinicflow.avro.common.AftercareStep.DAY7_HEALING_CHECK;
import static io.clinicflow.avro.common.AftercareStep.NEXT_SESSION;
import static io.clinicflow.avro.common.AftercareStep.RESULTS_REVIEW;
import static io.clinicflow.avro.common.MessageChannel.EMAIL;
import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AftercareServiceTest
class AftercarePlanIntegrationTests extends WithAftercareClient {

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsDay0InstructionsAsTextAndHtmlEmailWithTheMessageIdAsMessageIdHeader() throws Exception {
        registerClientConsentingTo(EMAIL);
        completeSession();

        MimeMessage instructions = mailbox.awaitMessages(email, 1).getFirst();

        assertThat(instructions.getSubject()).isEqualTo("Your aftercare for the next 48 hours");
        assertThat(instructions.getMessageID()).isEqualTo("<" + day0EmailId(sessionId) + "@clinicflow>");
        assertThat(instructions.getFrom()[0].toString()).isEqualTo("aftercare@clinicflow.local");
        MimeMultipart alternatives = (MimeMultipart) instructions.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getCount()).isEqualTo(2);
        assertThat(part(alternatives, 0, "text/plain")).contains("Hello Ada,", "Redness and swelling",
                "No makeup for 24 hours", "no sweating, sport or sauna for 48 hours");
        assertThat(part(alternatives, 1, "text/html")).contains("<p>Hello Ada,</p>", "Redness and swelling",
                "No makeup for 24 hours");
        assertThat(mailbox.to(email)).hasSize(1);
    }

    @Test
    void announcesThePlanAndTheSentMessageOnTheAftercareTopicKeyedByClient() {
        registerClientConsentingTo(EMAIL);
        SessionCompleted completed = completeSession();

        AftercarePlanStarted started = topics.awaitEvent(AFTERCARE_EVENTS, AftercarePlanStarted.class,
                event -> event.getSessionId().equals(sessionId));
        AftercareMessageSent sent = topics.awaitEvent(AFTERCARE_EVENTS, AftercareMessageSent.class,
                event -> event.getSessionId().equals(sessionId));

        assertThat(started.getSteps()).containsExactly(DAY0_INSTRUCTIONS, DAY1_CHECK_IN, DAY3_SKINCARE,
                DAY7_HEALING_CHECK, NEXT_SESSION, RESULTS_REVIEW);
        assertThat(sent.getMessageId()).isEqualTo(day0EmailId(sessionId).toString());
        assertThat(sent.getStep()).isEqualTo(DAY0_INSTRUCTIONS);
        assertThat(sent.getChannel()).isEqualTo(EMAIL);
        assertThat(List.of(started.getMeta(), sent.getMeta())).allSatisfy(meta -> {
            assertThat(meta.getClientId()).isEqualTo(clientId);
            assertThat(meta.getCorrelationId()).isEqualTo(completed.getMeta().getCorrelationId());
            assertThat(meta.getCausationId()).isEqualTo(completed.getMeta().getEventId());
            assertThat(meta.getProducer()).isEqualTo("aftercare-service");
        });
        assertThat(topics.rawRecords(AFTERCARE_EVENTS)).filteredOn(record -> clientId.equals(record.key()))
                .extracting(record -> SingleObjectCodec.shipped().decode(record.value()).getSchema().getName())
                .containsExactly("AftercarePlanStarted", "AftercareMessageSent");
    }

    @Test
    void listsEveryMessageOfThePlanWithLocalTimesAndWhySkippedOnesStaySilent() {
        registerClientConsentingTo(EMAIL);
        SessionCompleted completed = completeSession();
        ZoneId zone = ZoneId.of(completed.getTimeZone());

        JsonNode plan = await().atMost(TopicProbe.PATIENCE).until(this::aftercareOfClient,
                plans -> plans.size() == 1 && "SENT".equals(message(plans.get(0), "DAY0_INSTRUCTIONS", "EMAIL")
                        .path("status").asString())).get(0);

        assertThat(plan.path("sessionId").asString()).isEqualTo(sessionId);
        assertThat(plan.path("messages")).hasSize(10)
                .filteredOn(message -> message.path("channel").isNull()).extracting(message -> message.path("step")
                        .asString()).containsExactly("DAY7_HEALING_CHECK", "NEXT_SESSION");
        JsonNode day0Email = message(plan, "DAY0_INSTRUCTIONS", "EMAIL");
        OffsetDateTime sentAt = OffsetDateTime.parse(day0Email.path("sentAt").asString());
        assertThat(sentAt.getOffset()).isEqualTo(zone.getRules().getOffset(completed.getCompletedAt()));
        assertThat(OffsetDateTime.parse(day0Email.path("scheduledFor").asString()).toInstant())
                .isEqualTo(completed.getCompletedAt());
        JsonNode day0Sms = message(plan, "DAY0_INSTRUCTIONS", "SMS");
        assertThat(day0Sms.path("status").asString()).isEqualTo("SKIPPED");
        assertThat(day0Sms.path("note").asString()).contains("not consent to SMS");
        JsonNode day1Email = message(plan, "DAY1_CHECK_IN", "EMAIL");
        assertThat(day1Email.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(OffsetDateTime.parse(day1Email.path("scheduledFor").asString()).toLocalDateTime())
                .isEqualTo(completed.getCompletedAt().atZone(zone).toLocalDate().plusDays(1).atTime(10, 0));
    }

    @Test
    void sendsDay0InstructionsOnceWhenSessionCompletedIsRedelivered() {
        registerClientConsentingTo(EMAIL);
        SessionCompleted completed = completeSession();
        mailbox.awaitMessages(email, 1);

        clinic.publish(completed);
        String laterSessionId = UUID.randomUUID().toString();
        clinic.publish(ClinicEvents.sessionCompleted(clientId, laterSessionId, infrastructure.clock().instant()));
        // same key, so the later session is handled after the redelivery: once its email is out, the redelivery was too
        mailbox.awaitMessages(email, 2);

        assertThat(mailbox.to(email)).extracting(MimeMessage::getMessageID).containsExactlyInAnyOrder(
                "<" + day0EmailId(sessionId) + "@clinicflow>", "<" + day0EmailId(laterSessionId) + "@clinicflow>");
        assertThat(topics.eventsOf(AFTERCARE_EVENTS, AftercarePlanStarted.class, clientId))
                .extracting(AftercarePlanStarted::getSessionId).containsExactlyInAnyOrder(sessionId, laterSessionId);
    }

    /** A page is a number of plans, each whole with its messages, newest first (ADR 0037). */
    @Test
    void pagesThePlansNewestFirstEachWithAllItsMessages() {
        registerClientConsentingTo(EMAIL);
        completeSession();
        String laterSessionId = UUID.randomUUID().toString();
        clinic.publish(ClinicEvents.sessionCompleted(clientId, laterSessionId, infrastructure.clock().instant()));
        List<String> newestFirst = await().atMost(TopicProbe.PATIENCE).until(() -> aftercareOfClient().valueStream()
                .map(plan -> plan.path("sessionId").asString()).toList(), plans -> plans.size() == 2);

        JsonNode first = aftercare.get(clientPath("aftercare?limit=1")).body();
        JsonNode second = aftercare.get(clientPath("aftercare?limit=1&offset=1")).body();

        assertThat(first).singleElement().satisfies(plan -> {
            assertThat(plan.path("sessionId").asString()).isEqualTo(newestFirst.get(0));
            assertThat(plan.path("messages")).hasSize(10);
        });
        assertThat(second).singleElement().satisfies(plan ->
                assertThat(plan.path("sessionId").asString()).isEqualTo(newestFirst.get(1)));
        assertThat(newestFirst).containsExactlyInAnyOrder(sessionId, laterSessionId);
    }

    @Test
    void sendsNoEmailToAClientWithoutEmailConsent() {
        registerClientConsentingTo();
        completeSession();

        awaitPlanStarted();

        JsonNode messages = aftercareOfClient().get(0).path("messages");
        assertThat(messages).filteredOn(message -> !message.path("channel").isNull()).hasSize(8)
                .allSatisfy(message -> assertThat(message.path("status").asString()).isEqualTo("SKIPPED"));
        assertThat(messages).filteredOn(message -> message.path("channel").asString().equals("EMAIL")).hasSize(4)
                .allSatisfy(message -> assertThat(message.path("note").asString()).contains("not consent to email"));
        // nothing to send means no message step is scheduled at all; only the milestones are
        assertThat(scheduledSteps()).containsExactlyInAnyOrder(sessionId + ":DAY7_HEALING_CHECK",
                sessionId + ":NEXT_SESSION");
        assertThat(mailbox.to(email)).isEmpty();
    }

    @Test
    void answersNotFoundForAClientNeverRegisteredHere() {
        ApiClient.Response response = aftercare.get("/api/v1/clients/" + UUID.randomUUID() + "/aftercare");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("detail")).startsWith("No client with id");
    }

    @Test
    void answersBadRequestNamingTheFieldForAClientIdThatIsNoUuid() {
        ApiClient.Response response = aftercare.get("/api/v1/clients/ada/aftercare");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("id");
    }

    @Test
    void deadLettersNonAvroSessionEventsAndKeepsConsuming() {
        byte[] poison = "not an avro event".getBytes(StandardCharsets.UTF_8);
        registerClientConsentingTo(EMAIL);

        topics.sendRaw(Topics.SESSION_EVENTS, clientId, poison);
        completeSession();

        awaitPlanStarted();
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() ->
                assertThat(topics.rawRecords(Topics.deadLetterOf(Topics.SESSION_EVENTS)))
                        .anySatisfy(record -> {
                            assertThat(record.key()).isEqualTo(clientId);
                            assertThat(record.value()).isEqualTo(poison);
                        }));
    }

    @Test
    void waitsForAClientWhoseRegistrationArrivesAfterTheSessionInsteadOfDeadLettering() {
        completeSession();

        // nothing dead-lettered for longer than the quick retries of an ordinary failure (1.4 s); the bound leaves
        // room for reading the dead-letter topic on a busy machine (4 s failed there)
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8)).until(() -> deadLettered().isEmpty());
        clinic.publish(ClinicEvents.clientRegistered(clientId, email, true));

        awaitPlanStarted();
        assertThat(mailbox.awaitMessages(email, 1)).hasSize(1);
        assertThat(deadLettered()).isEmpty();
    }

    @Test
    void deadLettersTheSessionOfAClientAftercareNeverHeardOf() {
        SessionCompleted completed = completedSession();

        clinic.publish(completed);

        await().atMost(TopicProbe.PATIENCE).until(() -> !deadLettered().isEmpty());
        assertThat(scheduledSteps()).isEmpty();
    }

    private List<?> deadLettered() {
        return topics.rawRecords(Topics.deadLetterOf(Topics.SESSION_EVENTS)).stream()
                .filter(record -> clientId.equals(record.key())).toList();
    }

    private void awaitPlanStarted() {
        topics.awaitEvent(AFTERCARE_EVENTS, AftercarePlanStarted.class,
                event -> event.getSessionId().equals(sessionId));
    }

    private JsonNode aftercareOfClient() {
        ApiClient.Response response = aftercare.get("/api/v1/clients/" + clientId + "/aftercare");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode message(JsonNode plan, String step, String channel) {
        for (JsonNode message : plan.path("messages")) {
            if (message.path("step").asString().equals(step) && message.path("channel").asString().equals(channel)) {
                return message;
            }
        }
        throw new AssertionError("No " + step + " " + channel + " message in " + plan);
    }

    /** The contract: the id of a message is the name-based UUID of "sessionId:step:channel". */
    private static UUID day0EmailId(String sessionId) {
        return UUID.nameUUIDFromBytes((sessionId + ":DAY0_INSTRUCTIONS:EMAIL").getBytes(StandardCharsets.UTF_8));
    }

    private List<String> scheduledSteps() {
        return jdbc.sql("select task_instance from scheduled_tasks where task_name = 'aftercare-step' "
                        + "and task_instance like :session")
                .param("session", sessionId + ":%").query(String.class).list();
    }

    private static String part(MimeMultipart alternatives, int index, String contentType) throws Exception {
        BodyPart part = alternatives.getBodyPart(index);
        assertThat(part.getContentType()).startsWith(contentType);
        return (String) part.getContent();
    }
}
