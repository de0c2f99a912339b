package io.clinicflow.session.screening;

import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.HealthDeclarationSubmitted;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.session.BookingServiceStandIn.BookedSession;
import io.clinicflow.session.SessionServiceTest;
import io.clinicflow.session.WithNewClient;
import io.clinicflow.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SessionServiceTest
class ScreeningIntegrationTests extends WithNewClient {

    private static final LocalDate ADULT = LocalDate.parse("1990-05-17");

    private final String homeLocationId = UUID.randomUUID().toString();

    @Test
    void clearsTheBookingOfAnAdultWithNothingToDeclare() {
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of());

        BookedSession booking = bookingService.book(clientId, inThreeDays());

        ScreeningCompleted screening = awaitScreening(booking, s -> true);
        assertThat(screening.getOutcome()).isEqualTo(ScreeningOutcome.CLEARED);
        assertThat(screening.getReasonCodes()).isEmpty();
        assertThat(screening.getEarliestEligibleDate()).isNull();
        assertThat(screening.getRuleSetVersion()).isEqualTo("2026.11.1");
        assertThat(screening.getMeta().getClientId()).isEqualTo(clientId.toString());
        assertThat(screening.getMeta().getLocationId()).isEqualTo(booking.locationId());
        assertThat(screening.getMeta().getCorrelationId()).isEqualTo(booking.event().getMeta().getCorrelationId());
        assertThat(screening.getMeta().getCausationId()).isEqualTo(booking.eventId());
        assertThat(probe.rawRecords(Topics.SESSION_EVENTS))
                .anySatisfy(record -> assertThat(record.key()).isEqualTo(clientId.toString()));
        JsonNode listed = api.get("/api/v1/screenings?bookingId=" + booking.bookingId()).body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(screening.getScreeningId());
        assertThat(listed.get(0).path("outcome").asString()).isEqualTo("CLEARED");
        assertThat(listed.get(0).path("ruleSetVersion").asString()).isEqualTo("2026.11.1");
        assertThat(listed.get(0).path("screenedAt").asString()).endsWith("Z");
    }

    @Test
    void declinesAPregnantClient() {
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of("PREGNANT_OR_BREASTFEEDING", true));

        ScreeningCompleted screening = awaitScreening(bookingService.book(clientId, inThreeDays()), s -> true);

        assertThat(screening.getOutcome()).isEqualTo(ScreeningOutcome.DECLINED);
        assertThat(screening.getReasonCodes()).containsExactly("PREGNANCY");
    }

    @Test
    void defersUntilSixMonthsAfterTheLastIsotretinoinDose() {
        LocalDate lastDose = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(1);
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of("ISOTRETINOIN_LAST_DOSE", lastDose.toString()));

        BookedSession booking = bookingService.book(clientId, inThreeDays());

        ScreeningCompleted screening = awaitScreening(booking, s -> true);
        assertThat(screening.getOutcome()).isEqualTo(ScreeningOutcome.DEFERRED);
        assertThat(screening.getReasonCodes()).containsExactly("ISOTRETINOIN");
        assertThat(screening.getEarliestEligibleDate()).isEqualTo(lastDose.plusMonths(6));
        assertThat(api.get("/api/v1/screenings?bookingId=" + booking.bookingId()).body().get(0)
                .path("earliestEligibleDate").asString()).isEqualTo(lastDose.plusMonths(6).toString());
    }

    @Test
    void holdsAClientProneToScarringForReview() {
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of("PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING", true));

        ScreeningCompleted screening = awaitScreening(bookingService.book(clientId, inThreeDays()), s -> true);

        assertThat(screening.getOutcome()).isEqualTo(ScreeningOutcome.REVIEW_REQUIRED);
        assertThat(screening.getReasonCodes()).containsExactly("KELOID_OR_HYPERTROPHIC_SCARRING");
    }

    @Test
    void declinesAMinorByTheDateOfBirthBookingServiceRegistered() {
        LocalDate seventeen = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusYears(17);
        bookingService.registerClient(clientId, seventeen, homeLocationId);
        declare(Map.of());

        ScreeningCompleted screening = awaitScreening(bookingService.book(clientId, inThreeDays()), s -> true);

        assertThat(screening.getOutcome()).isEqualTo(ScreeningOutcome.DECLINED);
        assertThat(screening.getReasonCodes()).containsExactly("UNDER_AGE");
    }

    @Test
    void clearsABookingAwaitingADeclarationWhenTheDeclarationArrives() {
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        BookedSession booking = bookingService.book(clientId, inThreeDays());
        ScreeningCompleted first = awaitScreening(booking, s -> true);
        assertThat(first.getOutcome()).isEqualTo(ScreeningOutcome.DECLARATION_REQUIRED);
        assertThat(first.getReasonCodes()).containsExactly("DECLARATION_MISSING_OR_EXPIRED");
        bookingService.awaitDeclaration(booking);
        awaitStatus(booking, "AWAITING_DECLARATION");

        String declarationId = declare(Map.of()).path("id").asString();

        HealthDeclarationSubmitted declared = probe.awaitEvent(Topics.SESSION_EVENTS, HealthDeclarationSubmitted.class,
                event -> event.getDeclarationId().equals(declarationId));
        ScreeningCompleted again = awaitScreening(booking, s -> !s.getScreeningId().equals(first.getScreeningId()));
        assertThat(again.getOutcome()).isEqualTo(ScreeningOutcome.CLEARED);
        assertThat(again.getMeta().getCausationId()).isEqualTo(declared.getMeta().getEventId());
        assertThat(again.getMeta().getCorrelationId()).isEqualTo(booking.event().getMeta().getCorrelationId());
        assertThat(api.get("/api/v1/screenings?bookingId=" + booking.bookingId()).body())
                .extracting(screening -> screening.path("outcome").asString() + " " + screening.path("trigger").asString())
                .containsExactly("DECLARATION_REQUIRED SESSION_BOOKED", "CLEARED DECLARATION_SUBMITTED");
    }

    @Test
    void rescreensARescheduledBookingAgainstItsNewDate() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate lastDose = today.minusMonths(6).plusDays(10);
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of("ISOTRETINOIN_LAST_DOSE", lastDose.toString()));
        BookedSession booking = bookingService.book(clientId, inThreeDays());
        ScreeningCompleted deferred = awaitScreening(booking, s -> true);
        assertThat(deferred.getOutcome()).isEqualTo(ScreeningOutcome.DEFERRED);
        assertThat(deferred.getEarliestEligibleDate()).isEqualTo(lastDose.plusMonths(6));

        Instant newStart = clock.instant().plus(Duration.ofDays(20));
        var rescheduled = bookingService.reschedule(booking, newStart);

        ScreeningCompleted again = awaitScreening(booking, s -> !s.getScreeningId().equals(deferred.getScreeningId()));
        assertThat(again.getOutcome()).isEqualTo(ScreeningOutcome.CLEARED);
        assertThat(again.getEarliestEligibleDate()).isNull();
        assertThat(again.getMeta().getCausationId()).isEqualTo(rescheduled.getMeta().getEventId());
        assertThat(api.get("/api/v1/screenings?bookingId=" + booking.bookingId()).body().get(1).path("trigger")
                .asString()).isEqualTo("BOOKING_RESCHEDULED");
        JsonNode session = api.get("/api/v1/sessions/" + booking.bookingId()).body();
        assertThat(OffsetDateTime.parse(session.path("startsAt").asString()).toInstant()).isEqualTo(rescheduled.getStartsAt());
        assertThat(session.path("status").asString()).isEqualTo("PENDING_SCREENING");

        bookingService.publish(rescheduled);
        awaitScreening(bookingService.book(clientId, newStart.plus(Duration.ofDays(1))), s -> true);
        assertThat(api.get("/api/v1/screenings?bookingId=" + booking.bookingId()).body()).hasSize(2);
    }

    @Test
    void neverRescreensACancelledBooking() {
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of());
        BookedSession booking = bookingService.book(clientId, inThreeDays());
        awaitScreening(booking, s -> true);

        bookingService.cancel(booking);
        awaitStatus(booking, "CANCELLED");
        declare(Map.of("PREGNANT_OR_BREASTFEEDING", true));
        bookingService.reschedule(booking, inThreeDays().plus(Duration.ofDays(1)));
        BookedSession later = bookingService.book(clientId, inThreeDays().plus(Duration.ofDays(2)));

        awaitScreening(later, s -> true);
        assertThat(api.get("/api/v1/screenings?bookingId=" + booking.bookingId()).body()).hasSize(1);
        assertThat(api.get("/api/v1/sessions/" + booking.bookingId()).text("status")).isEqualTo("CANCELLED");
    }

    @Test
    void marksANoShow() {
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of());
        BookedSession booking = bookingService.book(clientId, inThreeDays());
        bookingService.confirm(booking);
        awaitStatus(booking, "CONFIRMED");

        bookingService.markNoShow(booking);

        awaitStatus(booking, "NO_SHOW");
        assertThat(api.post("/api/v1/sessions/" + booking.bookingId() + "/check-in", Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void tellsTheClientToPauseRetinoidsWhenUsedWithinThreeDaysOfTheSession() {
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of("RETINOID_LAST_USE", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString()));

        ScreeningCompleted screening = awaitScreening(bookingService.book(clientId, inThreeDays().minus(
                Duration.ofDays(2))), s -> true);

        assertThat(screening.getOutcome()).isEqualTo(ScreeningOutcome.REVIEW_REQUIRED);
        assertThat(screening.getReasonCodes()).containsExactly("RETINOID_RECENT");
        assertThat(screening.getPreCareInstructions()).containsExactly("PAUSE_RETINOIDS");
        assertThat(api.get("/api/v1/screenings?bookingId=" + screening.getBookingId()).body().get(0)
                .path("preCareInstructions").get(0).asString()).isEqualTo("PAUSE_RETINOIDS");
    }

    @Test
    void rescreensAConfirmedBookingButNotADeclinedOneWhenTheClientDeclaresAnew() {
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of());
        BookedSession confirmed = bookingService.book(clientId, inThreeDays());
        BookedSession declined = bookingService.book(clientId, inThreeDays().plus(Duration.ofDays(30)));
        awaitScreening(declined, s -> true);
        bookingService.confirm(confirmed);
        bookingService.decline(declined);
        awaitStatus(confirmed, "CONFIRMED");
        awaitStatus(declined, "DECLINED");

        declare(Map.of("PREGNANT_OR_BREASTFEEDING", true));

        assertThat(api.get("/api/v1/screenings?bookingId=" + confirmed.bookingId()).body())
                .extracting(screening -> screening.path("outcome").asString())
                .containsExactly("CLEARED", "DECLINED");
        assertThat(api.get("/api/v1/screenings?bookingId=" + declined.bookingId()).body()).hasSize(1);
    }

    @Test
    void screensARedeliveredSessionBookedOnlyOnce() {
        bookingService.registerClient(clientId, ADULT, homeLocationId);
        declare(Map.of());
        BookedSession booking = bookingService.book(clientId, inThreeDays());

        bookingService.publish(booking.event());
        bookingService.confirm(booking);

        awaitStatus(booking, "CONFIRMED");
        assertThat(api.get("/api/v1/screenings?bookingId=" + booking.bookingId()).body()).hasSize(1);
        assertThat(probe.eventsOf(Topics.SESSION_EVENTS, ScreeningCompleted.class, clientId.toString()))
                .filteredOn(screening -> screening.getBookingId().equals(booking.bookingId().toString()))
                .hasSize(1);
    }

    @Test
    void answersAnUnknownBookingWithNoScreenings() {
        ApiClient.Response response = api.get("/api/v1/screenings?bookingId=" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void requiresABookingIdThatIsAUuid() {
        ApiClient.Response missing = api.get("/api/v1/screenings");
        ApiClient.Response malformed = api.get("/api/v1/screenings?bookingId=not-a-uuid");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("errors").get(0).path("field").asString()).isEqualTo("bookingId");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("errors").get(0).path("field").asString()).isEqualTo("bookingId");
    }

    private JsonNode declare(Map<String, Object> answers) {
        ApiClient.Response response = api.post("/api/v1/clients/" + clientId + "/health-declarations",
                Map.of("answers", answers));
        assertThat(response.status()).isEqualTo(201);
        return response.body();
    }

    private Instant inThreeDays() {
        return clock.instant().plus(Duration.ofDays(3));
    }

    private ScreeningCompleted awaitScreening(BookedSession booking, Predicate<ScreeningCompleted> matching) {
        return probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningCompleted.class,
                screening -> screening.getBookingId().equals(booking.bookingId().toString()) && matching.test(screening));
    }

    private void awaitStatus(BookedSession booking, String status) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(api.get("/api/v1/sessions/" + booking.bookingId()).text("status")).isEqualTo(status));
    }
}
