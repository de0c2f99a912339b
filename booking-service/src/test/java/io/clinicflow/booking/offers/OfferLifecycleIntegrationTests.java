package io.clinicflow.booking.offers;

import io.clinicflow.avro.booking.FollowUpOfferAccepted;
import io.clinicflow.avro.booking.FollowUpOfferExpired;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.ForeignEvents;
import io.clinicflow.booking.Reception;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.booking.Reception.time;
import static io.clinicflow.events.Topics.BOOKING_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Offers accepted, taken from under the client, too early for the course, expired, and chained across a course. */
@BookingServiceTest
class OfferLifecycleIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private final TopicProbe topics = TopicProbe.of(ClinicInfrastructure.shared());
    private Reception reception;
    private ForeignEvents events;
    private String soho;
    private String mara;
    private String ada;

    private void openClinic(Map<String, Object> settings) {
        reception = new Reception(port);
        soho = reception.openLocation(settings);
        mara = reception.practitionerAt(soho);
        ada = reception.registerClient(soho);
        events = new ForeignEvents(ada, soho);
    }

    private void treat(String booking) {
        events.publish(events.cleared(booking));
        events.publish(events.started(booking));
        events.publish(events.completed(booking, mara));
        await().atMost(PATIENCE).until(() -> reception.booking(booking).path("status").asString(), "COMPLETED"::equals);
    }

    private JsonNode offerAfter(String session, HealingMilestone milestone) {
        events.publish(events.milestone(session, milestone));
        FollowUpOffered offered = topics.awaitEvent(BOOKING_EVENTS, FollowUpOffered.class,
                e -> e.getSessionId().equals(session) && e.getMilestone() == milestone);
        return offer(offered.getOfferId());
    }

    private JsonNode offer(String id) {
        return reception.api.get("/api/v1/clients/" + ada + "/offers").body().valueStream()
                .filter(offer -> offer.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private Response accept(JsonNode offer, OffsetDateTime startsAt) {
        return reception.api.post("/api/v1/offers/" + offer.path("id").asString() + "/accept",
                Map.of("startsAt", startsAt.toString()));
    }

    @Test
    void chainsOffersAcrossAThreeSessionCourseThenOffersMaintenance() {
        openClinic(Map.of());
        String session = reception.bookedSession(ada, soho, mara, inDays(1, "10:00"));
        String course = reception.booking(session).path("courseId").asString();
        for (int number = 2; number <= 3; number++) {
            treat(session);
            JsonNode offer = offerAfter(session, HealingMilestone.NEXT_SESSION_ELIGIBLE);
            Response accepted = accept(offer, time(offer.path("slots").get(0).path("startsAt")));
            assertThat(accepted.body().path("sessionNumber").asInt()).isEqualTo(number);
            assertThat(accepted.text("courseId")).isEqualTo(course);
            FollowUpOfferAccepted event = topics.awaitEvent(BOOKING_EVENTS, FollowUpOfferAccepted.class,
                    e -> e.getOfferId().equals(offer.path("id").asString()));
            assertThat(event.getBookingId()).isEqualTo(accepted.text("id"));
            assertThat(event.getMeta().getClientId()).isEqualTo(ada);
            session = accepted.text("id");
        }
        treat(session);

        events.publish(events.milestone(session, HealingMilestone.NEXT_SESSION_ELIGIBLE));
        JsonNode maintenance = offerAfter(session, HealingMilestone.MAINTENANCE_DUE);

        assertThat(topics.eventsOf(BOOKING_EVENTS, FollowUpOffered.class, ada)).hasSize(3);
        JsonNode finished = reception.api.get("/api/v1/courses/" + course).body();
        assertThat(finished.path("sessionsDone").asInt()).isEqualTo(3);
        assertThat(finished.path("status").asString()).isEqualTo("COMPLETED");
        LocalDate today = inDays(0, "00:00").toLocalDate();
        assertThat(maintenance.path("windowStart").asString()).isEqualTo(today.toString());
        assertThat(maintenance.path("windowEnd").asString()).isEqualTo(today.plusDays(14).toString());
        Response booked = accept(maintenance, time(maintenance.path("slots").get(0).path("startsAt")));
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.text("courseId")).isNotEqualTo(course);
        assertThat(booked.body().path("courseLength").asInt()).isEqualTo(1);
    }

    @Test
    void answersATakenSlotWithTheWindowsCurrentFreeSlots() {
        openClinic(Map.of());
        String session = reception.bookedSession(ada, soho, mara, inDays(1, "10:00"));
        treat(session);
        JsonNode offer = offerAfter(session, HealingMilestone.NEXT_SESSION_ELIGIBLE);
        OffsetDateTime wanted = time(offer.path("slots").get(0).path("startsAt"));
        String grace = reception.registerClient(soho);
        assertThat(reception.book(bookingRequest(grace, soho, mara, wanted)).status()).isEqualTo(201);

        Response taken = accept(offer, wanted);

        assertThat(taken.status()).isEqualTo(409);
        List<OffsetDateTime> free = taken.body().path("freeSlots").valueStream()
                .map(slot -> time(slot.path("startsAt"))).toList();
        assertThat(free).isNotEmpty().doesNotContain(wanted).contains(wanted.plusMinutes(75));
        assertThat(offer(offer.path("id").asString()).path("status").asString()).isEqualTo("OPEN");
        assertThat(reception.api.get("/api/v1/clients/" + ada + "/bookings").body()).hasSize(1);
    }

    @Test
    void refusesAnOfferedDayTooSoonForTheLocationsCourseSpacing() {
        openClinic(Map.of("minDaysBetweenSessions", 35));
        OffsetDateTime first = inDays(1, "10:00");
        String session = reception.bookedSession(ada, soho, mara, first);
        treat(session);
        JsonNode offer = offerAfter(session, HealingMilestone.NEXT_SESSION_ELIGIBLE);

        Response tooSoon = accept(offer, first.plusDays(29));

        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.text("earliestAllowedDate")).isEqualTo(first.toLocalDate().plusDays(35).toString());
        assertThat(offer(offer.path("id").asString()).path("status").asString()).isEqualTo("OPEN");
        assertThat(accept(offer, first.plusDays(35)).status()).isEqualTo(201);
    }

    @Test
    void expiresAnOfferOnceItsWindowHasEndedByTheBusinessClock() {
        openClinic(Map.of());
        String session = reception.bookedSession(ada, soho, mara, inDays(1, "10:00"));
        treat(session);
        JsonNode offer = offerAfter(session, HealingMilestone.NEXT_SESSION_ELIGIBLE);
        String id = offer.path("id").asString();

        ClinicInfrastructure.shared().clock().advance(Duration.ofDays(44));

        await().atMost(PATIENCE).until(() -> offer(id).path("status").asString(), "EXPIRED"::equals);
        FollowUpOfferExpired expired = topics.awaitEvent(Topics.BOOKING_EVENTS, FollowUpOfferExpired.class,
                e -> e.getOfferId().equals(id));
        assertThat(expired.getSessionId()).isEqualTo(session);
        assertThat(expired.getMeta().getClientId()).isEqualTo(ada);
        assertThat(accept(offer, inDays(1, "10:00")).status()).isEqualTo(409);
        assertThat(topics.eventsOf(BOOKING_EVENTS, FollowUpOfferExpired.class, ada)).hasSize(1);
    }
}
