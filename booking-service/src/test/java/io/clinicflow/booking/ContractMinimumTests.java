package io.clinicflow.booking;

import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.ContractMinimum;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.testkit.ContractMinimum.call;

/** Every booking-service endpoint of DESIGN §7 with the smallest request it allows, and its error cases. */
@BookingServiceTest
class ContractMinimumTests extends WithRegisteredClient {

    private static final String UNKNOWN = UUID.randomUUID().toString();

    /** The six fields §7 lists for a booking, nothing else; each booking has a practitioner of its own. */
    private Map<String, Object> smallestBooking(OffsetDateTime startsAt, String practitioner) {
        return Map.of("clientId", ada, "locationId", soho, "practitionerId", practitioner,
                "startsAt", startsAt.toString(), "treatmentAreas", List.of("FACE"), "concerns", List.of("ACNE_SCARS"));
    }

    private String newBooking() {
        return reception.book(smallestBooking(inDays(3, "10:00"), reception.practitionerAt(soho))).text("id");
    }

    private Response cancel(String booking, Object body) {
        return reception.api.post("/api/v1/bookings/" + booking + "/cancel", body);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAcceptsTheContractsSmallestRequestAndAnswersItsErrors() {
        String day = inDays(3, "00:00").toLocalDate().toString();
        Map<String, Object> booking = smallestBooking(inDays(4, "10:00"), mara);
        String key = UUID.randomUUID().toString();
        String cancelled = newBooking();
        return ContractMinimum.of(List.of(
                call("POST /locations {name, timeZone}", 201, () -> reception.api.post("/api/v1/locations",
                        Map.of("name", "Minimum " + UUID.randomUUID(), "timeZone", "Europe/London"))),
                call("GET /locations", 200, () -> reception.api.get("/api/v1/locations")),
                call("POST /practitioners {name, locationIds}", 201, () -> reception.api.post("/api/v1/practitioners",
                        Map.of("name", "Noor Haddad", "locationIds", List.of(soho)))),
                call("GET /practitioners", 200, () -> reception.api.get("/api/v1/practitioners")),
                call("POST /clients {firstName, lastName, email, phone, dateOfBirth, homeLocationId, consent}", 201,
                        () -> reception.api.post("/api/v1/clients", Reception.clientRequest(soho))),
                call("GET /clients", 200, () -> reception.api.get("/api/v1/clients")),
                call("GET /locations/{id}/availability?date=", 200, () -> reception.api.get(
                        "/api/v1/locations/" + soho + "/availability?date=" + day)),
                call("GET /locations/{id}/availability?date=&practitionerId=&treatmentAreas=", 200, () ->
                        reception.api.get("/api/v1/locations/" + soho + "/availability?date=" + day
                                + "&practitionerId=" + mara + "&treatmentAreas=FACE")),
                call("GET /locations/{unknown}/availability", 404, () -> reception.api.get(
                        "/api/v1/locations/" + UNKNOWN + "/availability?date=" + day)),
                call("POST /bookings + Idempotency-Key", 201, () -> reception.book(booking, key)),
                call("POST /bookings, same key and body", 201, () -> reception.book(booking, key)),
                call("POST /bookings, same key, another body", 422, () -> reception.book(
                        smallestBooking(inDays(5, "10:00"), mara), key)),
                call("POST /bookings, a taken slot", 409, () -> reception.book(booking)),
                call("GET /bookings/{id}", 200, () -> reception.api.get("/api/v1/bookings/" + newBooking())),
                call("GET /bookings/{unknown}", 404, () -> reception.api.get("/api/v1/bookings/" + UNKNOWN)),
                call("POST /bookings/{id}/cancel without a body", 200, () -> cancel(cancelled, "")),
                call("POST /bookings/{id}/cancel {reason}", 200, () -> cancel(newBooking(),
                        Map.of("reason", "client asked"))),
                call("POST /bookings/{id}/cancel, cancelled already", 409, () -> cancel(cancelled, Map.of())),
                call("POST /bookings/{unknown}/cancel", 404, () -> cancel(UNKNOWN, Map.of())),
                call("POST /bookings/{id}/reschedule {startsAt}", 200, () -> reception.api.post("/api/v1/bookings/"
                        + newBooking() + "/reschedule", Map.of("startsAt", inDays(6, "10:00").toString()))),
                call("POST /bookings/{unknown}/reschedule", 404, () -> reception.api.post("/api/v1/bookings/"
                        + UNKNOWN + "/reschedule", Map.of("startsAt", inDays(6, "10:00").toString()))),
                call("GET /clients/{id}/bookings", 200, () -> reception.api.get("/api/v1/clients/" + ada + "/bookings")),
                call("GET /clients/{unknown}/bookings", 404, () -> reception.api.get(
                        "/api/v1/clients/" + UNKNOWN + "/bookings")),
                call("GET /clients/{id}/offers", 200, () -> reception.api.get("/api/v1/clients/" + ada + "/offers")),
                call("POST /offers/{unknown}/accept {startsAt}", 404, () -> reception.api.post("/api/v1/offers/"
                        + UNKNOWN + "/accept", Map.of("startsAt", inDays(30, "10:00").toString())))));
    }
}
