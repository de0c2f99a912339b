package io.clinicflow.session.sessions;

import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionAbandoned;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.avro.session.SessionStarted;
import io.clinicflow.events.Topics;
import io.clinicflow.session.BookingServiceStandIn;
import io.clinicflow.session.BookingServiceStandIn.BookedSession;
import io.clinicflow.session.SessionServiceTest;
import io.clinicflow.session.WithNewClient;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SessionServiceTest
class SessionIntegrationTests extends WithNewClient {

    private static final ZoneId ZONE = ZoneId.of(BookingServiceStandIn.ZONE);
    private static final UUID TREATING_PRACTITIONER = UUID.randomUUID();

    @Test
    void knowsNoSessionForAnUnknownBooking() {
        UUID unknown = UUID.randomUUID();

        assertThat(api.post("/api/v1/sessions/" + unknown + "/check-in", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/sessions/" + unknown).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/sessions/" + unknown + "/complete", treatment(area("FACE", 1.0, null))).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/sessions/" + unknown + "/complete",
                Map.of("areas", List.of(area("FACE", 1.0, null)), "numbing", true, "device", "Dermapen 4")).status())
                .isEqualTo(404);
    }

    @Test
    void refusesCheckInForABookingNotConfirmed() {
        BookedSession booking = screenedBooking(clock.instant());

        ApiClient.Response response = api.post(checkIn(booking), Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("detail")).contains("PENDING_SCREENING", "CONFIRMED");
    }

    @Test
    void checksInOnlyOnTheBookingsDayAtItsLocation() {
        LocalDate sessionDay = LocalDate.ofInstant(clock.instant(), ZONE).plusDays(2);
        Instant startsAt = sessionDay.atTime(12, 0).atZone(ZONE).toInstant();
        BookedSession booking = confirmedBooking(startsAt);

        ApiClient.Response tooEarly = api.post(checkIn(booking), Map.of());
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.text("detail")).contains(sessionDay.toString());

        ClinicInfrastructure.shared().clock().advance(Duration.between(clock.instant(), startsAt.minus(Duration.ofHours(1))));
        ApiClient.Response onTheDay = api.post(checkIn(booking), Map.of());

        assertThat(onTheDay.status()).isEqualTo(201);
        assertThat(onTheDay.text("status")).isEqualTo("CHECKED_IN");
        OffsetDateTime startedAt = OffsetDateTime.parse(onTheDay.text("startedAt"));
        assertThat(startedAt.getOffset()).isEqualTo(ZONE.getRules().getOffset(startedAt.toInstant()));
        SessionStarted started = probe.awaitEvent(Topics.SESSION_EVENTS, SessionStarted.class,
                e -> e.getBookingId().equals(booking.bookingId().toString()));
        assertThat(started.getStartedAt()).isEqualTo(startedAt.toInstant());
        assertThat(started.getMeta().getClientId()).isEqualTo(clientId.toString());
        assertThat(started.getMeta().getCorrelationId()).isEqualTo(booking.event().getMeta().getCorrelationId());
        assertThat(api.post(checkIn(booking), Map.of()).status()).isEqualTo(409);
    }

    @Test
    void refusesToCompleteASessionBeforeCheckIn() {
        BookedSession booking = confirmedBooking(clock.instant());

        ApiClient.Response response = api.post(complete(booking), treatment(area("FACE", 1.0, null)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("detail")).contains("CHECKED_IN");
        JsonNode session = api.get("/api/v1/sessions/" + booking.bookingId()).body();
        assertThat(session.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(session.path("treatment").isNull()).isTrue();
    }

    @Test
    void theContractsSmallestCompletionIsTreatedByTheBookedPractitionerWithNoLotRecorded() {
        BookedSession booking = checkedInBooking();

        ApiClient.Response response = api.post(complete(booking),
                Map.of("areas", List.of(area("FACE", 1.0, null)), "numbing", false, "device", "Dermapen 4"));

        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        String booked = booking.event().getPractitionerId();
        SessionCompleted completed = probe.awaitEvent(Topics.SESSION_EVENTS, SessionCompleted.class,
                e -> e.getSessionId().equals(booking.bookingId().toString()));
        assertThat(completed.getPractitionerId()).isEqualTo(booked);
        JsonNode treatment = api.get("/api/v1/sessions/" + booking.bookingId()).body().path("treatment");
        assertThat(treatment.path("practitionerId").asString()).isEqualTo(booked);
        assertThat(treatment.path("cartridgeLot").isNull()).isTrue();
        assertThat(treatment.path("notes").isNull()).isTrue();
    }

    @Test
    void refusesAPractitionerThatIsNoIdAndStoresNothing() {
        BookedSession booking = checkedInBooking();
        Map<String, Object> badPractitioner = new HashMap<>(treatment(area("FACE", 1.0, null)));
        badPractitioner.put("practitionerId", "dr-who");

        ApiClient.Response withBadPractitioner = api.post(complete(booking), badPractitioner);

        assertThat(withBadPractitioner.status()).isEqualTo(400);
        assertThat(withBadPractitioner.body().path("errors").get(0).path("field").asString()).isEqualTo("practitionerId");
        JsonNode session = api.get("/api/v1/sessions/" + booking.bookingId()).body();
        assertThat(session.path("status").asString()).isEqualTo("CHECKED_IN");
        assertThat(session.path("completedAt").isNull()).isTrue();
    }

    @Test
    void abandonsACheckedInSessionAndStopsTheRestOfItsCourse() {
        BookedSession booking = checkedInBooking();
        BookedSession nextInCourse = bookingService.bookInCourse(clientId, clock.instant().plus(Duration.ofDays(30)),
                booking.event().getCourseId(), 2);
        probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningCompleted.class,
                e -> e.getBookingId().equals(nextInCourse.bookingId().toString()));

        ApiClient.Response response = api.post(abandon(booking),
                Map.of("reasonCategory", "ADVERSE_REACTION", "note", "strong urticaria after the first pass"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo("ABANDONED");
        assertThat(response.body().path("abandonment").path("note").asString()).contains("urticaria");
        SessionAbandoned abandoned = probe.awaitEvent(Topics.SESSION_EVENTS, SessionAbandoned.class,
                e -> e.getSessionId().equals(booking.bookingId().toString()));
        assertThat(abandoned.getReasonCategory()).isEqualTo("ADVERSE_REACTION");
        assertThat(abandoned.getCourseId()).isEqualTo(booking.event().getCourseId());
        assertThat(abandoned.getAbandonedAt())
                .isEqualTo(OffsetDateTime.parse(response.body().path("abandonment").path("abandonedAt").asString())
                        .toInstant());
        assertThat(abandoned.getMeta().getClientId()).isEqualTo(clientId.toString());
        assertThat(abandoned.getMeta().getCorrelationId()).isEqualTo(booking.event().getMeta().getCorrelationId());
        assertThat(api.get("/api/v1/sessions/" + nextInCourse.bookingId()).text("status")).isEqualTo("COURSE_STOPPED");
        assertThat(api.post(complete(booking), treatment(area("FACE", 1.0, null))).status()).isEqualTo(409);
    }

    @Test
    void abandonsOnlyACheckedInSession() {
        BookedSession booking = confirmedBooking(clock.instant());

        ApiClient.Response notStarted = api.post(abandon(booking), Map.of("reasonCategory", "CLIENT_REQUEST"));
        ApiClient.Response unknown = api.post("/api/v1/sessions/" + UUID.randomUUID() + "/abandon",
                Map.of("reasonCategory", "EQUIPMENT"));
        ApiClient.Response badReason = api.post(abandon(booking), Map.of("reasonCategory", "BORED"));

        assertThat(notStarted.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.body().path("errors").get(0).path("field").asString()).isEqualTo("reasonCategory");
        assertThat(api.get("/api/v1/sessions/" + booking.bookingId()).text("status")).isEqualTo("CONFIRMED");
        assertThat(probe.eventsOf(Topics.SESSION_EVENTS, SessionAbandoned.class, clientId.toString())).isEmpty();
    }

    @Test
    void completesACheckedInSessionAndTellsAftercare() {
        BookedSession booking = checkedInBooking();

        ApiClient.Response response = api.post(complete(booking),
                treatment(area("FACE", 1.0, null), area("NECK", 2.0, "deep acne scars")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo("COMPLETED");
        Instant completedAt = OffsetDateTime.parse(response.text("completedAt")).toInstant();
        SessionCompleted completed = probe.awaitEvent(Topics.SESSION_EVENTS, SessionCompleted.class,
                e -> e.getSessionId().equals(booking.bookingId().toString()));
        assertThat(completed.getCompletedAt()).isEqualTo(completedAt);
        assertThat(completed.getPractitionerId()).isEqualTo(TREATING_PRACTITIONER.toString());
        assertThat(completed.getTimeZone()).isEqualTo(BookingServiceStandIn.ZONE);
        assertThat(completed.getAreas()).containsExactly(TreatmentArea.FACE, TreatmentArea.NECK);
        assertThat(completed.getDepthBand()).isEqualTo("DEEP");
        assertThat(completed.getCourseId()).isEqualTo(booking.event().getCourseId());
        assertThat(completed.getSessionNumber()).isEqualTo(1);
        assertThat(completed.getCourseLength()).isEqualTo(3);
        assertThat(completed.getMeta().getClientId()).isEqualTo(clientId.toString());
        JsonNode session = api.get("/api/v1/sessions/" + booking.bookingId()).body();
        assertThat(session.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(session.path("clientId").asString()).isEqualTo(clientId.toString());
        assertThat(session.path("treatment").path("device").asString()).isEqualTo("Dermapen 4");
        assertThat(session.path("treatment").path("numbing").asBoolean()).isTrue();
        assertThat(session.path("treatment").path("cartridgeLot").asString()).isEqualTo("DP4-2611-07");
        assertThat(session.path("treatment").path("practitionerId").asString())
                .isEqualTo(TREATING_PRACTITIONER.toString());
        assertThat(session.path("treatment").path("areas").get(1).path("depthReason").asString())
                .isEqualTo("deep acne scars");
    }

    @Test
    void asksForAReasonWhenNeedlingDeeperThanTheAreasLimit() {
        BookedSession booking = checkedInBooking();

        ApiClient.Response response = api.post(complete(booking),
                treatment(area("BACK", 2.5, null), area("FACE", 1.6, null)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("areas[1].depthReason");
        assertThat(api.get("/api/v1/sessions/" + booking.bookingId()).text("status")).isEqualTo("CHECKED_IN");
    }

    @Test
    void refusesAnIncompleteTreatmentRecord() {
        String path = "/api/v1/sessions/" + UUID.randomUUID() + "/complete";

        ApiClient.Response badFields = api.post(path,
                Map.of("areas", List.of(Map.of("area", "FACE", "needleDepthMm", 3.5, "passes", 0))));
        ApiClient.Response noAreas = api.post(path, Map.of("areas", List.of(), "numbing", false, "device", "pen"));
        ApiClient.Response unknownArea = api.post(path, treatment(area("ELBOW", 1.0, null)));

        assertThat(badFields.status()).isEqualTo(400);
        assertThat(badFields.body().path("errors")).extracting(error -> error.path("field").asString())
                .containsExactlyInAnyOrder("areas[0].needleDepthMm", "areas[0].passes", "numbing", "device");
        assertThat(noAreas.body().path("errors")).extracting(error -> error.path("field").asString()).contains("areas");
        assertThat(unknownArea.status()).isEqualTo(400);
        assertThat(unknownArea.body().path("errors").get(0).path("field").asString()).isEqualTo("areas[0].area");
    }

    private BookedSession checkedInBooking() {
        BookedSession booking = confirmedBooking(clock.instant());
        assertThat(api.post(checkIn(booking), Map.of()).status()).isEqualTo(201);
        return booking;
    }

    private BookedSession confirmedBooking(Instant startsAt) {
        BookedSession booking = screenedBooking(startsAt);
        bookingService.confirm(booking);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(api.get("/api/v1/sessions/" + booking.bookingId()).text("status")).isEqualTo("CONFIRMED"));
        return booking;
    }

    private BookedSession screenedBooking(Instant startsAt) {
        bookingService.registerClient(clientId, LocalDate.parse("1988-08-08"), UUID.randomUUID().toString());
        assertThat(api.post("/api/v1/clients/" + clientId + "/health-declarations", Map.of("answers", Map.of()))
                .status()).isEqualTo(201);
        BookedSession booking = bookingService.book(clientId, startsAt);
        probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningCompleted.class,
                e -> e.getBookingId().equals(booking.bookingId().toString()));
        return booking;
    }

    private static String checkIn(BookedSession booking) {
        return "/api/v1/sessions/" + booking.bookingId() + "/check-in";
    }

    private static String abandon(BookedSession booking) {
        return "/api/v1/sessions/" + booking.bookingId() + "/abandon";
    }

    private static String complete(BookedSession booking) {
        return "/api/v1/sessions/" + booking.bookingId() + "/complete";
    }

    private static Map<String, Object> treatment(Map<String, Object>... areas) {
        return Map.of("areas", List.of(areas), "numbing", true, "device", "Dermapen 4", "cartridgeLot", "DP4-2611-07",
                "practitionerId", TREATING_PRACTITIONER.toString(), "notes", "well tolerated");
    }

    private static Map<String, Object> area(String area, double depth, String reason) {
        return reason == null ? Map.of("area", area, "needleDepthMm", depth, "passes", 3)
                : Map.of("area", area, "needleDepthMm", depth, "passes", 3, "depthReason", reason);
    }
}
