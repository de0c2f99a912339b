package io.clinicflow.booking;

import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.AccessMatrix.Endpoint;
import io.clinicflow.testkit.AccessMatrix.Side;
import io.clinicflow.testkit.AccessMatrix;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.clientRequest;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.events.Topics.BOOKING_EVENTS;
import static io.clinicflow.security.StaffRole.FRONT_DESK;
import static io.clinicflow.security.StaffRole.OPS;
import static io.clinicflow.testkit.AccessMatrix.chainWide;
import static io.clinicflow.testkit.AccessMatrix.scoped;
import static io.clinicflow.testkit.AccessMatrix.unscoped;
import static org.awaitility.Awaitility.await;

/**
 * Every booking endpoint x every role x the caller's own or another location (ADR 0023, 0024), from one table;
 * the caller's token names the OWN location only. Records are made with a chain-wide token, fresh where a
 * successful call changes them.
 */
@BookingServiceTest
class AccessMatrixTests {

    @LocalServerPort
    int port;

    private Reception reception;
    private final Map<Side, Place> places = new EnumMap<>(Side.class);
    private final AtomicInteger days = new AtomicInteger();

    /** A location with a practitioner and a registered client. */
    private record Place(String location, String practitioner, String client) {
    }

    private Place at(Side side) {
        return places.computeIfAbsent(side, unused -> {
            String location = reception.openLocation();
            return new Place(location, reception.practitionerAt(location), reception.registerClient(location));
        });
    }

    private <T> T with(Side side, Function<Place, T> use) {
        return use.apply(at(side));
    }

    /** A day no other call of this test uses, for closures and time off. */
    private OffsetDateTime freshDay() {
        return inDays(200 + days.getAndIncrement(), "10:00");
    }

    /** A booking in three days with a practitioner of its own, so that no two bookings of this test collide. */
    private String freshBooking(Side side) {
        return bookingStarting(side, inDays(3, "10:00"));
    }

    private String bookingStarting(Side side, OffsetDateTime startsAt) {
        Place place = at(side);
        return reception.bookedSession(place.client(), place.location(), reception.practitionerAt(place.location()),
                startsAt);
    }

    private String confirmedBookingThatStarted(Side side) {
        Place place = at(side);
        OffsetDateTime startsAt = inDays(1, "10:00");
        String booking = bookingStarting(side, startsAt);
        ForeignEvents events = new ForeignEvents(place.client(), place.location());
        events.publish(events.cleared(booking));
        reception.awaitStatus(booking, "CONFIRMED");
        var clock = ClinicInfrastructure.shared().clock();
        clock.advance(Duration.between(clock.instant(), startsAt.toInstant()).plusMinutes(5));
        return booking;
    }

    private String openOffer(Side side) {
        Place place = at(side);
        String booking = freshBooking(side);
        ForeignEvents events = new ForeignEvents(place.client(), place.location());
        events.publish(events.cleared(booking));
        events.publish(events.started(booking));
        events.publish(events.completed(booking, place.practitioner()));
        await().atMost(Duration.ofSeconds(30)).until(() -> reception.status(booking), "COMPLETED"::equals);
        events.publish(events.milestone(booking, HealingMilestone.NEXT_SESSION_ELIGIBLE));
        return TopicProbe.of(ClinicInfrastructure.shared()).awaitEvent(BOOKING_EVENTS, FollowUpOffered.class,
                offered -> offered.getSessionId().equals(booking)).getOfferId();
    }

    private String firstSlotOf(Side side, String offer) {
        return reception.api.get("/api/v1/clients/" + at(side).client() + "/offers").body().valueStream()
                .filter(view -> view.path("id").asString().equals(offer)).findFirst().orElseThrow()
                .path("slots").get(0).path("startsAt").asString();
    }

    private List<Endpoint> table() {
        String today = inDays(0, "12:00").toLocalDate().toString();
        return List.of(
                unscoped("POST /locations", 201, (api, side) -> api.post("/api/v1/locations",
                        Map.of("name", "Matrix " + side, "timeZone", "Europe/London")), OPS),
                unscoped("GET /locations", 200, (api, side) -> api.get("/api/v1/locations"), every()),
                scoped("GET /locations/{id}", 200, (api, side) -> with(side, place ->
                        api.get("/api/v1/locations/" + place.location())), every()),
                scoped("GET /locations/{id}/availability", 200, (api, side) -> with(side, place ->
                        api.get("/api/v1/locations/" + place.location() + "/availability?date=" + today)), every()),
                scoped("GET /locations/{id}/bookings", 200, (api, side) -> with(side, place ->
                        api.get("/api/v1/locations/" + place.location() + "/bookings?date=" + today)), every()),
                scoped("POST /locations/{id}/closures", 201, (api, side) -> with(side, place ->
                        api.post("/api/v1/locations/" + place.location() + "/closures", Map.of("date",
                                freshDay().toLocalDate().toString(), "reason", "matrix"))), OPS),
                scoped("POST /practitioners", 201, (api, side) -> with(side, place -> api.post("/api/v1/practitioners",
                        Map.of("name", "Mara Quinn", "locationIds", List.of(place.location())))), OPS),
                unscoped("GET /practitioners", 200, (api, side) -> api.get("/api/v1/practitioners"), every()),
                scoped("GET /practitioners/{id}", 200, (api, side) -> with(side, place ->
                        api.get("/api/v1/practitioners/" + place.practitioner())), every()),
                scoped("POST /practitioners/{id}/time-off", 201, (api, side) -> with(side, place -> {
                    OffsetDateTime from = freshDay();
                    return api.post("/api/v1/practitioners/" + place.practitioner() + "/time-off",
                            Map.of("startsAt", from.toString(), "endsAt", from.plusHours(1).toString()));
                }), OPS, FRONT_DESK),
                scoped("POST /clients", 201, (api, side) -> with(side, place ->
                        api.post("/api/v1/clients", clientRequest(place.location()))), FRONT_DESK),
                unscoped("GET /clients", 200, (api, side) -> api.get("/api/v1/clients"), every()),
                scoped("GET /clients/{id}", 200, (api, side) -> with(side, place ->
                        api.get("/api/v1/clients/" + place.client())), every()),
                scoped("DELETE /clients/{id}", 204, (api, side) -> with(side, place ->
                        api.delete("/api/v1/clients/" + reception.registerClient(place.location()))), FRONT_DESK),
                scoped("GET /clients/{id}/bookings", 200, (api, side) -> with(side, place ->
                        api.get("/api/v1/clients/" + place.client() + "/bookings")), every()),
                scoped("GET /clients/{id}/offers", 200, (api, side) -> with(side, place ->
                        api.get("/api/v1/clients/" + place.client() + "/offers")), every()),
                scoped("POST /bookings", 201, (api, side) -> with(side, place -> api.post("/api/v1/bookings",
                        bookingRequest(place.client(), place.location(), reception.practitionerAt(place.location()),
                                inDays(3, "10:00")), Map.of("Idempotency-Key", UUID.randomUUID().toString()))),
                        FRONT_DESK),
                scoped("GET /bookings/{id}", 200, (api, side) ->
                        api.get("/api/v1/bookings/" + freshBooking(side)), every()),
                scoped("GET /courses/{id}", 200, (api, side) -> api.get("/api/v1/courses/"
                        + reception.booking(freshBooking(side)).path("courseId").asString()), every()),
                scoped("POST /bookings/{id}/cancel", 200, (api, side) -> api.post("/api/v1/bookings/"
                        + freshBooking(side) + "/cancel", Map.of("cancelledBy", "CLIENT")), FRONT_DESK),
                scoped("POST /bookings/{id}/reschedule", 200, (api, side) -> api.post("/api/v1/bookings/"
                        + freshBooking(side) + "/reschedule", Map.of("startsAt", inDays(4, "10:00").toString())), FRONT_DESK),
                scoped("POST /bookings/{id}/no-show", 200, (api, side) -> api.post("/api/v1/bookings/"
                        + confirmedBookingThatStarted(side) + "/no-show", Map.of()), FRONT_DESK),
                scoped("POST /offers/{id}/accept", 201, (api, side) -> {
                    String offer = openOffer(side);
                    return api.post("/api/v1/offers/" + offer + "/accept", Map.of("startsAt", firstSlotOf(side, offer)));
                }, FRONT_DESK),
                chainWide("POST /admin/dlt/{not a clinic topic}/replay (OPS passes, then 404)", 404, (api, side) ->
                        api.post("/api/v1/admin/dlt/not-a-clinic-topic/replay", Map.of()), OPS),
                chainWide("GET /admin/outbox/parked", 200, (api, side) -> api.get("/api/v1/admin/outbox/parked"), OPS));
    }

    private static StaffRole[] every() {
        return StaffRole.values();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleAtOwnAndOtherLocation() {
        reception = new Reception(port);
        return AccessMatrix.of(reception.api, at(Side.OWN).location(), table());
    }

    @TestFactory
    Stream<DynamicTest> missingExpiredOrWronglySignedTokensGet401() {
        reception = new Reception(port);
        return AccessMatrix.unauthenticated(reception.api, "/api/v1/locations", "/api/v1/clients",
                "/api/v1/admin/dlt/" + BOOKING_EVENTS + "/replay");
    }
}
