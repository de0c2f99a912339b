package io.clinicflow.booking.offers;

import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.ForeignEvents;
import io.clinicflow.booking.Reception;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.booking.Reception.time;
import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Healing milestones arrive as real Avro events on the aftercare topic and become follow-up offers. */
@BookingServiceTest
class FollowUpOfferIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private final TopicProbe topics = TopicProbe.of(ClinicInfrastructure.shared());
    private Reception reception;
    private ForeignEvents aftercare;
    private String soho;
    private String mara;
    private String ada;
    private String session;
    private LocalDate sessionDay;

    @BeforeEach
    void bookASession() {
        reception = new Reception(port);
        soho = reception.openLocation();
        mara = reception.practitionerAt(soho);
        ada = reception.registerClient(soho);
        aftercare = new ForeignEvents(ada, soho);
        OffsetDateTime startsAt = inDays(1, "10:00");
        session = reception.bookedSession(ada, soho, mara, startsAt);
        sessionDay = startsAt.toLocalDate();
    }

    private List<JsonNode> awaitOffers(int count) {
        return await().atMost(PATIENCE).until(
                () -> reception.api.get("/api/v1/clients/" + ada + "/offers").body().valueStream().toList(),
                offers -> offers.size() == count);
    }

    private JsonNode nextSessionOffer() {
        aftercare.publish(aftercare.milestone(session, HealingMilestone.NEXT_SESSION_ELIGIBLE));
        return awaitOffers(1).getFirst();
    }

    @Test
    void offersThreeFreeSlotsOnTheFirstDaysOfDay28To42WithTheSamePractitioner() {
        JsonNode offer = nextSessionOffer();

        assertThat(offer.path("status").asString()).isEqualTo("OPEN");
        assertThat(offer.path("milestone").asString()).isEqualTo("NEXT_SESSION_ELIGIBLE");
        assertThat(offer.path("sessionId").asString()).isEqualTo(session);
        assertThat(offer.path("windowStart").asString()).isEqualTo(sessionDay.plusDays(28).toString());
        assertThat(offer.path("windowEnd").asString()).isEqualTo(sessionDay.plusDays(42).toString());
        assertThat(offer.path("slots").valueStream().map(slot -> time(slot.path("startsAt"))))
                .containsExactly(inDays(29, "08:00"), inDays(30, "08:00"), inDays(31, "08:00"));
        assertThat(offer.path("slots").valueStream().map(slot -> slot.path("practitionerId").asString()))
                .containsOnly(mara);

        FollowUpOffered offered = topics.awaitEvent(Topics.BOOKING_EVENTS, FollowUpOffered.class,
                e -> e.getSessionId().equals(session));
        assertThat(offered.getMeta().getClientId()).isEqualTo(ada);
        assertThat(offered.getOfferId()).isEqualTo(offer.path("id").asString());
        assertThat(offered.getWindowStart()).isEqualTo(sessionDay.plusDays(28));
        assertThat(offered.getWindowEnd()).isEqualTo(sessionDay.plusDays(42));
        assertThat(offered.getSlots()).hasSize(3).first()
                .satisfies(slot -> assertThat(slot.getStartsAt()).isEqualTo(inDays(29, "08:00").toInstant()));
    }

    @Test
    void booksTheAcceptedSlotAsTheNextSessionOfTheCourseOnce() {
        JsonNode offer = nextSessionOffer();
        String accept = "/api/v1/offers/" + offer.path("id").asString() + "/accept";
        String secondSlot = offer.path("slots").get(1).path("startsAt").asString();

        Response accepted = reception.api.post(accept, Map.of("startsAt", secondSlot));

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.text("startsAt")).isEqualTo(secondSlot);
        assertThat(accepted.text("practitionerId")).isEqualTo(mara);
        assertThat(accepted.text("status")).isEqualTo("PENDING_SCREENING");
        assertThat(accepted.body().path("sessionNumber").asInt()).isEqualTo(2);
        assertThat(accepted.text("courseId")).isEqualTo(reception.api.get("/api/v1/bookings/" + session).text("courseId"));
        assertThat(awaitOffers(1).getFirst().path("status").asString()).isEqualTo("ACCEPTED");
        SessionBooked booked = topics.awaitEvent(Topics.BOOKING_EVENTS, SessionBooked.class,
                e -> e.getBookingId().equals(accepted.text("id")));
        assertThat(booked.getSessionNumber()).isEqualTo(2);
        assertThat(reception.api.post(accept, Map.of("startsAt", secondSlot)).status()).isEqualTo(409);
    }

    @Test
    void acceptsAnyFreeSlotInTheWindowButNoneOutsideIt() {
        String accept = "/api/v1/offers/" + nextSessionOffer().path("id").asString() + "/accept";

        assertThat(Reception.errorFields(reception.api.post(accept, Map.of("startsAt", inDays(28, "10:00").toString()))))
                .containsExactly("startsAt");
        assertThat(Reception.errorFields(reception.api.post(accept, Map.of())))
                .containsExactly("startsAt");
        Response accepted = reception.api.post(accept, Map.of("startsAt", inDays(43, "15:30").toString()));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.text("practitionerId")).isEqualTo(mara);
        assertThat(reception.api.post("/api/v1/offers/" + UUID.randomUUID() + "/accept",
                Map.of("startsAt", inDays(43, "15:30").toString())).status()).isEqualTo(404);
    }

    @Test
    void skipsMilestonesThatCallForNoOfferAndListsNewestOfferFirst() {
        aftercare.publish(aftercare.milestone(session, HealingMilestone.HEALING_CHECK_PASSED));
        aftercare.publish(aftercare.milestone(session, HealingMilestone.NEXT_SESSION_ELIGIBLE));
        aftercare.publish(aftercare.milestone(session, HealingMilestone.MAINTENANCE_DUE));

        List<JsonNode> offers = awaitOffers(2);

        assertThat(offers).map(offer -> offer.path("milestone").asString())
                .containsExactly("MAINTENANCE_DUE", "NEXT_SESSION_ELIGIBLE");
        LocalDate today = inDays(0, "00:00").toLocalDate();
        assertThat(offers.getFirst().path("windowStart").asString()).isEqualTo(today.toString());
        assertThat(offers.getFirst().path("windowEnd").asString()).isEqualTo(today.plusDays(14).toString());
        assertThat(reception.api.get("/api/v1/clients/" + UUID.randomUUID() + "/offers").status()).isEqualTo(404);
    }

    @Test
    void offersOnceWhenTheSameMilestoneIsDeliveredTwice() {
        HealingMilestoneReached milestone = aftercare.milestone(session, HealingMilestone.NEXT_SESSION_ELIGIBLE);
        aftercare.publish(milestone);
        aftercare.publish(milestone);
        aftercare.publish(aftercare.milestone(session, HealingMilestone.MAINTENANCE_DUE));

        // the outbox publishes in commit order: once the later maintenance offer is out, a duplicate would be too
        topics.awaitEvent(Topics.BOOKING_EVENTS, FollowUpOffered.class,
                e -> e.getSessionId().equals(session) && e.getMilestone() == HealingMilestone.MAINTENANCE_DUE);
        assertThat(topics.eventsOf(Topics.BOOKING_EVENTS, FollowUpOffered.class, ada)).hasSize(2);
        assertThat(awaitOffers(2)).map(offer -> offer.path("milestone").asString())
                .containsExactly("MAINTENANCE_DUE", "NEXT_SESSION_ELIGIBLE");
    }

    @Test
    void deadLettersBytesThatAreNoEventAndGoesOnConsuming() {
        String dlt = Topics.deadLetterOf(AFTERCARE_EVENTS);
        byte[] poison = ("not avro " + session).getBytes(StandardCharsets.UTF_8);

        topics.sendRaw(AFTERCARE_EVENTS, ada, poison);

        nextSessionOffer();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(topics.rawRecords(dlt))
                .anySatisfy(record -> {
                    assertThat(record.key()).isEqualTo(ada);
                    assertThat(record.value()).isEqualTo(poison);
                }));
    }
}
