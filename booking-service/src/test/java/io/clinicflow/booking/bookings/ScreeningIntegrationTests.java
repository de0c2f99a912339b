package io.clinicflow.booking.bookings;

import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.BookingDeclined;
import io.clinicflow.avro.booking.BookingDeferred;
import io.clinicflow.avro.booking.BookingHeldForReview;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.booking.WithBookedSession;
import io.clinicflow.events.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.events.Topics.SESSION_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Screening outcomes, check-ins and completions arrive as real Avro events on the session topic. */
@BookingServiceTest
class ScreeningIntegrationTests extends WithBookedSession {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void confirmsTheBookingWhenScreeningClears() {
        ScreeningCompleted cleared = session.cleared(booking);
        session.publish(cleared);

        JsonNode view = reception.awaitStatus(booking, "CONFIRMED");
        assertThat(view.path("screening").path("outcome").asString()).isEqualTo("CLEARED");
        BookingConfirmed confirmed = topics.awaitEvent(Topics.BOOKING_EVENTS, BookingConfirmed.class,
                e -> e.getBookingId().equals(booking));
        assertThat(confirmed.getMeta().getClientId()).isEqualTo(ada);
        assertThat(confirmed.getMeta().getCausationId()).isEqualTo(cleared.getMeta().getEventId());
        assertThat(confirmed.getMeta().getCorrelationId()).isEqualTo(cleared.getMeta().getCorrelationId());
    }

    @Test
    void holdsTheBookingForReviewWhenScreeningNeedsAPractitioner() {
        session.publish(session.screening(booking, ScreeningOutcome.REVIEW_REQUIRED,
                List.of("FITZPATRICK_TYPE"), null));

        JsonNode view = reception.awaitStatus(booking, "PENDING_REVIEW");
        assertThat(view.path("screening").path("reasonCodes").get(0).asString()).isEqualTo("FITZPATRICK_TYPE");
        BookingHeldForReview held = topics.awaitEvent(Topics.BOOKING_EVENTS, BookingHeldForReview.class,
                e -> e.getBookingId().equals(booking));
        assertThat(held.getMeta().getClientId()).isEqualTo(ada);
    }

    @Test
    void defersTheBookingAndFreesTheSlot() {
        LocalDate eligible = inDays(120, "00:00").toLocalDate();
        session.publish(session.screening(booking, ScreeningOutcome.DEFERRED,
                List.of("ISOTRETINOIN"), eligible));

        JsonNode view = reception.awaitStatus(booking, "DEFERRED");
        assertThat(view.path("screening").path("earliestEligibleDate").asString()).isEqualTo(eligible.toString());
        BookingDeferred deferred = topics.awaitEvent(Topics.BOOKING_EVENTS, BookingDeferred.class,
                e -> e.getBookingId().equals(booking));
        assertThat(deferred.getEarliestEligibleDate()).isEqualTo(eligible);
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00"))).status()).isEqualTo(201);
    }

    @Test
    void declinesTheBookingAndFreesTheSlot() {
        session.publish(session.screening(booking, ScreeningOutcome.DECLINED, List.of("PREGNANCY"), null));

        reception.awaitStatus(booking, "DECLINED");
        BookingDeclined declined = topics.awaitEvent(Topics.BOOKING_EVENTS, BookingDeclined.class,
                e -> e.getBookingId().equals(booking));
        assertThat(declined.getMeta().getLocationId()).isEqualTo(soho);
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00"))).status()).isEqualTo(201);
    }

    @Test
    void awaitsADeclarationAndConfirmsWhenTheRescreeningClears() {
        session.publish(session.screening(booking, ScreeningOutcome.DECLARATION_REQUIRED, List.of(), null));

        JsonNode view = reception.awaitStatus(booking, "AWAITING_DECLARATION");
        assertThat(view.path("screening").path("outcome").asString()).isEqualTo("DECLARATION_REQUIRED");
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00"))).status()).isEqualTo(409);

        session.publish(session.cleared(booking));
        reception.awaitStatus(booking, "CONFIRMED");
    }

    @Test
    void confirmsOnceWhenTheSameScreeningIsDeliveredTwice() {
        ScreeningCompleted cleared = session.cleared(booking);
        session.publish(cleared);
        session.publish(cleared);
        session.publish(session.screening(booking, ScreeningOutcome.DECLINED, List.of("PREGNANCY"), null));

        // the outbox publishes in commit order: once the later BookingDeclined is out, a duplicate would be too
        topics.awaitEvent(Topics.BOOKING_EVENTS, BookingDeclined.class, e -> e.getBookingId().equals(booking));
        assertThat(topics.eventsOf(Topics.BOOKING_EVENTS, BookingConfirmed.class, ada)).hasSize(1);
    }

    @Test
    void checksInAndCompletesAsTheSessionReports() {
        session.publish(session.cleared(booking));
        session.publish(session.started(booking));
        reception.awaitStatus(booking, "CHECKED_IN");

        session.publish(session.completed(booking, mara));

        reception.awaitStatus(booking, "COMPLETED");
    }

    @Test
    void deadLettersBytesThatAreNoEventAndGoesOnConsuming() {
        String dlt = Topics.deadLetterOf(SESSION_EVENTS);
        byte[] poison = ("not avro " + booking).getBytes(StandardCharsets.UTF_8);

        topics.sendRaw(SESSION_EVENTS, ada, poison);
        session.publish(session.cleared(booking));

        reception.awaitStatus(booking, "CONFIRMED");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(topics.rawRecords(dlt))
                .anySatisfy(record -> {
                    assertThat(record.key()).isEqualTo(ada);
                    assertThat(record.value()).isEqualTo(poison);
                }));
    }
}
