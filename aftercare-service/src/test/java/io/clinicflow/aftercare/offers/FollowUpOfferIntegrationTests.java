package io.clinicflow.aftercare.offers;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.SmsGateway;
import io.clinicflow.aftercare.WithAftercareClient;
import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.TimeSlot;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.testkit.ContractEvents;
import io.clinicflow.testkit.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.clinicflow.avro.common.MessageChannel.EMAIL;
import static io.clinicflow.avro.common.MessageChannel.SMS;
import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AftercareServiceTest
class FollowUpOfferIntegrationTests extends WithAftercareClient {

    @Test
    void sendsTheOfferOnceOnEveryConsentedChannelWithAllItsSlotsInLocalTime() throws Exception {
        registerClientConsentingTo(EMAIL, SMS);
        SessionCompleted completed = completeSession();
        mailbox.awaitMessages(email, 1);
        ZoneId zone = ZoneId.of(completed.getTimeZone());
        ZonedDateTime day30 = infrastructure.clock().instant().atZone(zone).plusDays(30);
        List<ZonedDateTime> slots = List.of(day30.with(LocalTime.of(11, 15)),
                day30.plusDays(2).with(LocalTime.of(14, 30)), day30.plusDays(5).with(LocalTime.of(16, 45)));
        String offerId = UUID.randomUUID().toString();
        FollowUpOffered offered = offered(offerId, slots);

        clinic.publish(offered);
        clinic.publish(offered);

        AftercareMessageSent sent = topics.awaitEvent(AFTERCARE_EVENTS, AftercareMessageSent.class,
                event -> event.getSessionId().equals(sessionId) && event.getStep() == AftercareStep.FOLLOW_UP_OFFER);
        MimeMessage offerEmail = mailbox.awaitMessages(email, 2).stream()
                .filter(message -> subjectOf(message).startsWith("Your next session")).findFirst().orElseThrow();
        String text = (String) ((MimeMultipart) offerEmail.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains(offerId).contains(slots.stream().map(slot -> "at "
                + DateTimeFormatter.ofPattern("HH:mm (zzz)", Locale.UK).format(slot)).toList());
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(
                SmsGateway.shared().to(phone)).filteredOn(sms -> sms.text().contains(offerId))
                .hasSize(1));
        assertThat(sent.getMeta().getClientId()).isEqualTo(clientId);
        assertThat(aftercare.get("/api/v1/clients/" + clientId + "/aftercare").body().get(0).path("messages"))
                .filteredOn(message -> message.path("step").asString().equals("FOLLOW_UP_OFFER"))
                .extracting(message -> message.path("status").asString()).containsExactly("SENT", "SENT");
        assertThat(mailbox.to(email)).filteredOn(message -> subjectOf(message).startsWith("Your next session"))
                .hasSize(1);
    }

    private FollowUpOffered offered(String offerId, List<ZonedDateTime> slots) {
        Instant firstStart = slots.getFirst().toInstant();
        return FollowUpOffered.newBuilder()
                .setMeta(ContractEvents.of(clientId).meta(FollowUpOffered.class))
                .setOfferId(offerId).setSessionId(sessionId).setMilestone(HealingMilestone.NEXT_SESSION_ELIGIBLE)
                .setWindowStart(firstStart.atZone(ZoneId.of("UTC")).toLocalDate())
                .setWindowEnd(firstStart.atZone(ZoneId.of("UTC")).toLocalDate().plusDays(14))
                .setSlots(slots.stream().map(slot -> new TimeSlot(slot.toInstant(),
                        slot.toInstant().plus(Duration.ofHours(1)), UUID.randomUUID().toString())).toList())
                .build();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
