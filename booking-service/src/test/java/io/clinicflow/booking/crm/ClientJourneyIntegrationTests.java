package io.clinicflow.booking.crm;

import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.ReviewDecision;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.crm.ClientJourneyUpdated;
import io.clinicflow.avro.crm.JourneyStage;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.booking.WithRegisteredClient;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.clinicflow.avro.crm.JourneyStage.ATTENDED;
import static io.clinicflow.avro.crm.JourneyStage.BOOKED;
import static io.clinicflow.avro.crm.JourneyStage.CANCELLED;
import static io.clinicflow.avro.crm.JourneyStage.CONFIRMED;
import static io.clinicflow.avro.crm.JourneyStage.NOT_CONFIRMED;
import static io.clinicflow.avro.crm.JourneyStage.NO_SHOW;
import static io.clinicflow.avro.crm.JourneyStage.OFFERED;
import static io.clinicflow.avro.crm.JourneyStage.OFFER_ACCEPTED;
import static io.clinicflow.avro.crm.JourneyStage.OFFER_EXPIRED;
import static io.clinicflow.avro.crm.JourneyStage.REGISTERED;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.booking.Reception.time;
import static io.clinicflow.events.Topics.CRM_CLIENT_JOURNEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The CRM topic follows each client's journey in order, keyed by client, and never says why (ADR 0027). */
@BookingServiceTest
class ClientJourneyIntegrationTests extends WithRegisteredClient {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final SingleObjectCodec CODEC = SingleObjectCodec.shipped();

    @Test
    void publishesEachStageOnceInOrderKeyedByTheClient() {
        String booking = reception.bookedSession(ada, soho, mara, inDays(2, "10:00"));
        session.publish(session.screening(booking, ScreeningOutcome.REVIEW_REQUIRED,
                List.of("FITZPATRICK_TYPE"), null));
        reception.awaitStatus(booking, "PENDING_REVIEW");
        var approval = session.reviewed(booking, ReviewDecision.APPROVE, mara);
        session.publish(approval);
        session.publish(approval);
        session.publish(session.started(booking));
        session.publish(session.completed(booking, mara));
        reception.awaitStatus(booking, "COMPLETED");

        List<ConsumerRecord<String, byte[]>> records = journeyUntilMarker();

        assertThat(records).extracting(ConsumerRecord::key).containsOnly(ada);
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.getFirst().partition());
        assertThat(stages(records)).containsExactly(REGISTERED, BOOKED, CONFIRMED, ATTENDED);
        ClientJourneyUpdated confirmed = decode(records.get(2));
        assertThat(confirmed.getMeta().getClientId()).isEqualTo(ada);
        assertThat(confirmed.getMeta().getLocationId()).isEqualTo(soho);
        assertThat(confirmed.getBookingId()).isEqualTo(booking);
        assertThat(confirmed.getStartsAt()).isEqualTo(time(reception.booking(booking).path("startsAt")).toInstant());
        assertThat(confirmed.getMeta().getCausationId()).isEqualTo(approval.getMeta().getEventId());
    }

    @Test
    void aDeferredClientLooksLikeADeclinedOneAndCarriesNoReasonOrDate() {
        String deferred = reception.bookedSession(ada, soho, mara, inDays(2, "10:00"));
        String declined = reception.bookedSession(ada, soho, mara, inDays(2, "14:00"));
        LocalDate eligible = inDays(200, "00:00").toLocalDate();
        session.publish(session.screening(deferred, ScreeningOutcome.DEFERRED,
                List.of("ISOTRETINOIN_LAST_DOSE"), eligible));
        session.publish(session.screening(declined, ScreeningOutcome.DECLINED,
                List.of("PREGNANCY"), null));
        reception.awaitStatus(deferred, "DEFERRED");
        reception.awaitStatus(declined, "DECLINED");

        List<ConsumerRecord<String, byte[]>> records = journeyUntilMarker();

        assertThat(stages(records)).containsExactly(REGISTERED, BOOKED, BOOKED, NOT_CONFIRMED, NOT_CONFIRMED);
        List<ClientJourneyUpdated> notConfirmed = records.stream().map(ClientJourneyIntegrationTests::decode)
                .filter(update -> update.getStage() == NOT_CONFIRMED).toList();
        assertThat(notConfirmed).extracting(ClientJourneyUpdated::getBookingId).containsExactly(deferred, declined);
        assertThat(notConfirmed).allSatisfy(update -> assertThat(update.getOffer()).isNull());
        for (ConsumerRecord<String, byte[]> record : records) {
            String everything = decode(record) + new String(record.value(), StandardCharsets.ISO_8859_1);
            assertThat(everything).doesNotContain("ISOTRETINOIN", "PREGNANCY", "DEFERRED", "DECLINED",
                    eligible.toString(), String.valueOf(eligible.toEpochDay()));
        }
    }

    @Test
    void showsMovedAndCancelledBookings() {
        String moved = reception.bookedSession(ada, soho, mara, inDays(2, "10:00"));
        String cancelled = reception.bookedSession(ada, soho, mara, inDays(2, "14:00"));
        assertThat(reception.reschedule(moved, inDays(3, "11:00")).status()).isEqualTo(200);
        assertThat(reception.cancel(cancelled, Map.of("cancelledBy", "CLIENT")).status()).isEqualTo(200);

        List<ClientJourneyUpdated> journey = journeyUntilMarker().stream().map(ClientJourneyIntegrationTests::decode)
                .toList();

        assertThat(journey).extracting(ClientJourneyUpdated::getStage)
                .containsExactly(REGISTERED, BOOKED, BOOKED, BOOKED, CANCELLED);
        assertThat(journey.get(3).getBookingId()).isEqualTo(moved);
        assertThat(journey.get(3).getStartsAt()).isEqualTo(inDays(3, "11:00").toInstant());
        assertThat(journey.get(4).getBookingId()).isEqualTo(cancelled);
    }

    @Test
    void showsANoShow() {
        String booking = reception.bookedSession(ada, soho, mara, inDays(1, "10:00"));
        session.publish(session.cleared(booking));
        reception.awaitStatus(booking, "CONFIRMED");
        ClinicInfrastructure.shared().clock().advance(Duration.ofDays(2));
        assertThat(reception.api.post("/api/v1/bookings/" + booking + "/no-show", Map.of()).status()).isEqualTo(200);

        assertThat(stages(journeyUntilMarker())).containsExactly(REGISTERED, BOOKED, CONFIRMED, NO_SHOW);
    }

    @Test
    void publishesOffersMadeAcceptedAndExpiredWithTheirWindowAndSlots() {
        String first = treatedSession(inDays(1, "10:00"));
        JsonNode offer = offerAfter(first);
        JsonNode slot = offer.path("slots").get(0);
        String next = reception.api.post("/api/v1/offers/" + offer.path("id").asString() + "/accept",
                Map.of("startsAt", slot.path("startsAt").asString())).text("id");
        session.publish(session.cleared(next));
        reception.awaitStatus(next, "CONFIRMED");
        String unanswered = offerAfter(treatedSession(inDays(2, "15:00"))).path("id").asString();
        ClinicInfrastructure.shared().clock().advance(Duration.ofDays(60));
        await().atMost(PATIENCE).until(() -> reception.api.get("/api/v1/clients/" + ada + "/offers").body()
                .valueStream().anyMatch(o -> o.path("id").asString().equals(unanswered)
                        && o.path("status").asString().equals("EXPIRED")));

        List<ClientJourneyUpdated> offers = journeyUntilMarker().stream().map(ClientJourneyIntegrationTests::decode)
                .filter(update -> update.getOffer() != null).toList();

        assertThat(offers).extracting(ClientJourneyUpdated::getStage)
                .containsExactly(OFFERED, OFFER_ACCEPTED, OFFERED, OFFER_EXPIRED);
        ClientJourneyUpdated offered = offers.getFirst();
        assertThat(offered.getOffer().getOfferId()).isEqualTo(offer.path("id").asString());
        assertThat(offered.getOffer().getWindowStart().toString()).isEqualTo(offer.path("windowStart").asString());
        assertThat(offered.getOffer().getWindowEnd().toString()).isEqualTo(offer.path("windowEnd").asString());
        assertThat(offered.getOffer().getSlots()).hasSize(offer.path("slots").size());
        assertThat(offered.getOffer().getSlots().getFirst().getStartsAt()).isEqualTo(time(slot.path("startsAt")).toInstant());
        assertThat(offers.get(1).getBookingId()).isEqualTo(next);
        assertThat(offers.get(3).getOffer().getOfferId()).isEqualTo(unanswered);
    }

    private String treatedSession(OffsetDateTime startsAt) {
        String booking = reception.bookedSession(ada, soho, mara, startsAt);
        session.publish(session.cleared(booking));
        session.publish(session.started(booking));
        session.publish(session.completed(booking, mara));
        reception.awaitStatus(booking, "COMPLETED");
        return booking;
    }

    private JsonNode offerAfter(String completed) {
        session.publish(session.milestone(completed, HealingMilestone.NEXT_SESSION_ELIGIBLE));
        return await().atMost(PATIENCE).until(() -> reception.api.get("/api/v1/clients/" + ada + "/offers").body()
                        .valueStream().filter(o -> o.path("sessionId").asString().equals(completed)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /**
     * The client's CRM records, all of them: a cancellation of a marker booking made last is published after every
     * earlier change of this client (one key, one partition, outbox order), so nothing of theirs is still on its way.
     */
    private List<ConsumerRecord<String, byte[]>> journeyUntilMarker() {
        String marker = reception.bookedSession(ada, soho, mara, inDays(5, "18:00"));
        assertThat(reception.cancel(marker, Map.of("cancelledBy", "CLINIC")).status()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> records = await().atMost(PATIENCE).until(this::crmRecordsOfAda,
                all -> all.stream().map(ClientJourneyIntegrationTests::decode)
                        .anyMatch(update -> marker.equals(update.getBookingId()) && update.getStage() == CANCELLED));
        List<ConsumerRecord<String, byte[]>> journey = records.subList(0, records.size() - 2);
        assertThat(stages(records.subList(records.size() - 2, records.size()))).containsExactly(BOOKED, CANCELLED);
        return journey;
    }

    private List<ConsumerRecord<String, byte[]>> crmRecordsOfAda() {
        return topics.rawRecords(CRM_CLIENT_JOURNEY).stream().filter(record -> ada.equals(record.key())).toList();
    }

    private static List<JourneyStage> stages(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> decode(record).getStage()).toList();
    }

    private static ClientJourneyUpdated decode(ConsumerRecord<String, byte[]> record) {
        return (ClientJourneyUpdated) CODEC.decode(record.value());
    }
}
