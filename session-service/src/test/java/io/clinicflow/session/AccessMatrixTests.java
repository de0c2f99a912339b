package io.clinicflow.session;

import io.clinicflow.security.StaffRole;
import io.clinicflow.session.BookingServiceStandIn.BookedSession;
import io.clinicflow.testkit.AccessMatrix.Endpoint;
import io.clinicflow.testkit.AccessMatrix.Side;
import io.clinicflow.testkit.AccessMatrix;
import io.clinicflow.testkit.ApiClient;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.clinicflow.security.StaffRole.INTEGRATION;
import static io.clinicflow.security.StaffRole.OPS;
import static io.clinicflow.security.StaffRole.PRACTITIONER;
import static io.clinicflow.testkit.AccessMatrix.chainWide;
import static io.clinicflow.testkit.AccessMatrix.scoped;
import static io.clinicflow.testkit.AccessMatrix.unscoped;
import static org.awaitility.Awaitility.await;

/**
 * Every session endpoint x every role x the caller's own or another location (ADR 0023, 0024), from one table.
 * Records come from SessionBooked events of the booking-service stand-in and chain-wide calls; each row's record is
 * made once per side, as only a practitioner at its own location changes it.
 */
@SessionServiceTest
class AccessMatrixTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    private final BookingServiceStandIn bookingService = new BookingServiceStandIn();
    private final Map<Side, String> locations = new EnumMap<>(Side.class);
    private final Map<String, Object> records = new HashMap<>();
    private ApiClient chainWide;

    private String location(Side side) {
        return locations.computeIfAbsent(side, unused -> UUID.randomUUID().toString());
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String row, Side side, Function<Side, T> make) {
        return (T) records.computeIfAbsent(row + side, unused -> make.apply(side));
    }

    private UUID registeredClient(Side side) {
        UUID client = UUID.randomUUID();
        bookingService.registerClient(client, LocalDate.of(1990, 5, 17), location(side));
        return client;
    }

    /** A booking today that session-service knows, with its screening done, confirmed or not. */
    private BookedSession booking(Side side, Map<String, Object> declaration, boolean confirmed) {
        UUID client = registeredClient(side);
        chainWide.post("/api/v1/clients/" + client + "/health-declarations", Map.of("answers", declaration));
        BookedSession booking = bookingService.bookAt(location(side), client, clock.instant());
        await().atMost(PATIENCE).until(() -> !screenings(booking).isEmpty());
        if (confirmed) {
            bookingService.confirm(booking);
            await().atMost(PATIENCE).until(() -> status(booking).equals("CONFIRMED"));
        }
        return booking;
    }

    private BookedSession checkedIn(Side side) {
        BookedSession booking = booking(side, Map.of(), true);
        chainWide.post("/api/v1/sessions/" + booking.bookingId() + "/check-in", Map.of());
        return booking;
    }

    private JsonNode screenings(BookedSession booking) {
        return chainWide.get("/api/v1/screenings?bookingId=" + booking.bookingId()).body();
    }

    private String status(BookedSession booking) {
        return chainWide.get("/api/v1/sessions/" + booking.bookingId()).text("status");
    }

    private String lastScreening(BookedSession booking) {
        JsonNode all = screenings(booking);
        return all.get(all.size() - 1).path("id").asString();
    }

    private static Map<String, Object> treatment() {
        return Map.of("areas", List.of(Map.of("area", "FACE", "needleDepthMm", 1.0, "passes", 3)), "numbing", true,
                "device", "Dermapen 4", "cartridgeLot", "LOT-1", "practitionerId", UUID.randomUUID().toString());
    }

    private List<Endpoint> table() {
        return List.of(
                scoped("POST /clients/{id}/health-declarations", 201, (api, side) -> {
                    // a screened booking shows session-service has the client's ClientRegistered (same key, before it)
                    UUID client = once("declare", side, s -> booking(s, Map.of(), false)).clientId();
                    return api.post("/api/v1/clients/" + client + "/health-declarations", Map.of("answers", Map.of()));
                }, PRACTITIONER),
                unscoped("GET /screening-questionnaire", 200, (api, side) ->
                        api.get("/api/v1/screening-questionnaire"), StaffRole.values()),
                scoped("GET /screenings?bookingId=", 200, (api, side) -> api.get("/api/v1/screenings?bookingId="
                        + once("read", side, s -> booking(s, Map.of(), false)).bookingId()), PRACTITIONER, INTEGRATION),
                scoped("GET /screenings/{id}", 200, (api, side) -> api.get("/api/v1/screenings/"
                        + lastScreening(once("read", side, s -> booking(s, Map.of(), false)))), PRACTITIONER, INTEGRATION),
                scoped("POST /screenings/{id}/review", 201, (api, side) -> {
                    BookedSession held = once("review", side,
                            s -> booking(s, Map.of("PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING", true), false));
                    return api.post("/api/v1/screenings/" + lastScreening(held) + "/review", Map.of("decision",
                            "APPROVE", "reviewer", UUID.randomUUID().toString(), "note", "test patch fine"));
                }, PRACTITIONER),
                scoped("POST /sessions/{id}/check-in", 201, (api, side) -> api.post("/api/v1/sessions/"
                        + once("check-in", side, s -> booking(s, Map.of(), true)).bookingId() + "/check-in",
                        Map.of()), PRACTITIONER),
                scoped("POST /sessions/{id}/complete", 200, (api, side) -> api.post("/api/v1/sessions/"
                        + once("complete", side, this::checkedIn).bookingId() + "/complete", treatment()), PRACTITIONER),
                scoped("POST /sessions/{id}/abandon", 200, (api, side) -> api.post("/api/v1/sessions/"
                        + once("abandon", side, this::checkedIn).bookingId() + "/abandon",
                        Map.of("reasonCategory", "CLIENT_REQUEST")), PRACTITIONER),
                scoped("GET /sessions/{id}", 200, (api, side) -> api.get("/api/v1/sessions/"
                        + once("read", side, s -> booking(s, Map.of(), false)).bookingId()), PRACTITIONER, INTEGRATION),
                scoped("GET /audit?clientId=", 200, (api, side) -> api.get("/api/v1/audit?clientId="
                        + once("read", side, s -> booking(s, Map.of(), false)).clientId()), OPS),
                chainWide("POST /admin/dlt/{not a clinic topic}/replay (OPS passes, then 404)", 404, (api, side) ->
                        api.post("/api/v1/admin/dlt/not-a-clinic-topic/replay", Map.of()), OPS),
                chainWide("GET /admin/outbox/parked", 200, (api, side) -> api.get("/api/v1/admin/outbox/parked"), OPS));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleAtOwnAndOtherLocation() {
        chainWide = ApiClient.onPort(port);
        return AccessMatrix.of(chainWide, location(Side.OWN), table());
    }

    @TestFactory
    Stream<DynamicTest> missingExpiredOrWronglySignedTokensGet401() {
        return AccessMatrix.unauthenticated(ApiClient.onPort(port), "/api/v1/screening-questionnaire",
                "/api/v1/audit?clientId=" + UUID.randomUUID());
    }
}
