package io.clinicflow.session;

import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.session.BookingServiceStandIn.BookedSession;
import io.clinicflow.testkit.ContractMinimum;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.clinicflow.testkit.ContractMinimum.call;

/** Every session-service endpoint of DESIGN §7 with the smallest request it allows, and its error cases. */
@SessionServiceTest
class ContractMinimumTests extends WithNewClient {

    private static final String UNKNOWN = UUID.randomUUID().toString();
    private static final Map<String, Object> SMALLEST_COMPLETION = Map.of(
            "areas", List.of(Map.of("area", "FACE", "needleDepthMm", 1.0, "passes", 3)),
            "numbing", true, "device", "Dermapen 4");

    @TestFactory
    Stream<DynamicTest> everyEndpointAcceptsTheContractsSmallestRequestAndAnswersItsErrors() {
        bookingService.registerClient(clientId, LocalDate.parse("1985-06-15"), UUID.randomUUID().toString());
        BookedSession booking = bookingService.book(clientId, clock.instant().plus(Duration.ofDays(4)));
        String declarations = "/api/v1/clients/" + clientId + "/health-declarations";
        String session = "/api/v1/sessions/" + booking.bookingId();
        Map<String, Object> review = Map.of("decision", "APPROVE", "reviewer", UUID.randomUUID().toString(),
                "note", "fine");
        return ContractMinimum.of(List.of(
                call("POST /clients/{id}/health-declarations {answers}", 201, () -> api.post(declarations,
                        Map.of("answers", Map.of("IMMUNOSUPPRESSED", false, "ISOTRETINOIN_LAST_DOSE", "2019-03-17")))),
                call("GET /screenings?bookingId=", 200, () -> api.get("/api/v1/screenings?bookingId="
                        + awaitScreening(booking).getBookingId())),
                call("POST /screenings/{cleared}/review {decision, reviewer, note}", 409, () -> api.post(
                        "/api/v1/screenings/" + awaitScreening(booking).getScreeningId() + "/review", review)),
                call("POST /screenings/{unknown}/review", 404, () -> api.post(
                        "/api/v1/screenings/" + UNKNOWN + "/review", review)),
                call("POST /sessions/{not confirmed}/check-in", 409, () -> api.post(session + "/check-in", "")),
                call("POST /sessions/{unknown}/check-in", 404, () -> api.post(
                        "/api/v1/sessions/" + UNKNOWN + "/check-in", "")),
                call("POST /sessions/{not checked in}/complete {areas, numbing, device}", 409, () -> api.post(
                        session + "/complete", SMALLEST_COMPLETION)),
                call("POST /sessions/{unknown}/complete {areas, numbing, device}", 404, () -> api.post(
                        "/api/v1/sessions/" + UNKNOWN + "/complete", SMALLEST_COMPLETION)),
                call("GET /sessions/{bookingId}", 200, () -> api.get(session)),
                call("GET /sessions/{unknown}", 404, () -> api.get("/api/v1/sessions/" + UNKNOWN))));
    }

    private ScreeningCompleted awaitScreening(BookedSession booking) {
        return probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningCompleted.class,
                e -> e.getBookingId().equals(booking.bookingId().toString()));
    }
}
