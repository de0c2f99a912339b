package io.clinicflow.e2e;

import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.aftercare.AftercarePlanStarted;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.MessageChannel;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.HealthDeclarationSubmitted;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.avro.session.SessionStarted;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.Clinic.Site;
import io.clinicflow.testkit.Clinic.Slot;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static io.clinicflow.events.Topics.BOOKING_EVENTS;
import static io.clinicflow.events.Topics.SESSION_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One client from booking to follow-up offer, across all three services, a real broker and PostgreSQL. */
class FollowUpJourneyTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ClinicFlowStack stack = ClinicFlowStack.get();
    private final Clinic clinic = stack.clinic;

    @Test
    void healedClientIsOfferedThreeFreeSlotsFromDay28() throws Exception {
        Site london = clinic.openSite("Journey London", "Europe/London", "Amara Okafor");
        String client = clinic.registerClient(london, "Ada", "Lovelace", "1990-04-12");
        stack.topics.awaitEvent(BOOKING_EVENTS, ClientRegistered.class, e -> e.getMeta().getClientId().equals(client));

        assertThat(clinic.declareHealth(client, Map.of()).status()).isEqualTo(201);
        stack.topics.awaitEvent(SESSION_EVENTS, HealthDeclarationSubmitted.class, e -> e.getMeta().getClientId().equals(client));

        Slot slot = clinic.firstFreeSlot(london, 1);
        ApiClient.Response booked = clinic.book(client, london, slot);
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.text("status")).isEqualTo("PENDING_SCREENING");
        String booking = booked.text("id");

        SessionBooked sessionBooked = stack.topics.awaitEvent(BOOKING_EVENTS, SessionBooked.class,
                e -> e.getBookingId().equals(booking));
        assertThat(sessionBooked.getMeta().getClientId()).isEqualTo(client);
        assertThat(sessionBooked.getStartsAt()).isEqualTo(slot.start().toInstant());
        ScreeningCompleted screening = stack.topics.awaitEvent(SESSION_EVENTS, ScreeningCompleted.class,
                e -> e.getBookingId().equals(booking));
        assertThat(screening.getOutcome()).isEqualTo(ScreeningOutcome.CLEARED);
        assertThat(screening.getMeta().getCorrelationId()).isEqualTo(sessionBooked.getMeta().getCorrelationId());
        stack.topics.awaitEvent(BOOKING_EVENTS, BookingConfirmed.class, e -> e.getBookingId().equals(booking));
        awaitStatus(booking, "CONFIRMED");

        clinic.arriveFor(slot);
        assertThat(clinic.checkIn(booking).status()).isEqualTo(201);
        stack.topics.awaitEvent(SESSION_EVENTS, SessionStarted.class, e -> e.getBookingId().equals(booking));
        awaitStatus(booking, "CHECKED_IN");

        ApiClient.Response completed = clinic.completeFaceTreatment(booking, 1.0);
        assertThat(completed.status()).isEqualTo(200);
        SessionCompleted sessionCompleted = stack.topics.awaitEvent(SESSION_EVENTS, SessionCompleted.class,
                e -> e.getSessionId().equals(booking));
        assertThat(sessionCompleted.getSessionNumber()).isEqualTo(1);
        awaitStatus(booking, "COMPLETED");

        stack.topics.awaitEvent(AFTERCARE_EVENTS, AftercarePlanStarted.class, e -> e.getSessionId().equals(booking));
        AftercareMessageSent day0 = stack.topics.awaitEvent(AFTERCARE_EVENTS, AftercareMessageSent.class,
                e -> e.getSessionId().equals(booking) && e.getStep() == AftercareStep.DAY0_INSTRUCTIONS);
        assertThat(day0.getChannel()).isEqualTo(MessageChannel.EMAIL);
        MimeMessage instructions = stack.mailbox.awaitMessages(clinic.email(client), 1).getFirst();
        assertThat(instructions.getMessageID()).contains(day0.getMessageId());
        assertThat(stack.mailbox.to(clinic.email(client))).hasSize(1);

        clinic.clock().advance(Duration.ofDays(28));

        stack.topics.awaitEvent(AFTERCARE_EVENTS, HealingMilestoneReached.class,
                e -> e.getSessionId().equals(booking) && e.getMilestone() == HealingMilestone.NEXT_SESSION_ELIGIBLE);
        FollowUpOffered offered = stack.topics.awaitEvent(BOOKING_EVENTS, FollowUpOffered.class,
                e -> e.getSessionId().equals(booking));
        LocalDate sessionDay = slot.start().toLocalDate();
        assertThat(offered.getWindowStart()).isEqualTo(sessionDay.plusDays(28));
        assertThat(offered.getWindowEnd()).isEqualTo(sessionDay.plusDays(42));
        assertThat(offered.getSlots()).hasSize(3);

        JsonNode offer = await().atMost(PATIENCE).until(() -> clinic.offers(client), offers -> offers.size() == 1).get(0);
        assertThat(offer.path("status").asString()).isEqualTo("OPEN");
        assertThat(offer.path("slots")).hasSize(3).allSatisfy(offeredSlot -> {
            LocalDate day = OffsetDateTime.parse(offeredSlot.path("startsAt").asString()).toLocalDate();
            assertThat(day).isBetween(sessionDay.plusDays(28), sessionDay.plusDays(42));
            assertThat(OffsetDateTime.parse(offeredSlot.path("startsAt").asString()).toInstant())
                    .isAfter(clinic.clock().instant().minus(Duration.ofMinutes(1)));
        });
    }

    private void awaitStatus(String booking, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(clinic.status(booking)).isEqualTo(status));
    }
}
